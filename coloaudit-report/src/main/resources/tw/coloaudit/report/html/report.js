(function () {
  'use strict';
  var root = document.documentElement;
  var charts = [];

  function setLang(lang) {
    root.setAttribute('data-lang', lang);
    root.setAttribute('lang', lang === 'en' ? 'en' : 'zh-Hant');
    try { window.localStorage.setItem('coloaudit-lang', lang); } catch (e) { /* storage may be off for file pages */ }
    charts.forEach(function (c) { c.resize(); });
  }
  document.getElementById('lang-toggle').addEventListener('click', function () {
    setLang(root.getAttribute('data-lang') === 'en' ? 'zh' : 'en');
  });
  try {
    var saved = window.localStorage.getItem('coloaudit-lang');
    if (saved === 'en' || saved === 'zh') setLang(saved);
  } catch (e) { /* keep the default */ }

  // Status cards filter the control cards.
  var activeStatus = null;
  var cards = Array.prototype.slice.call(document.querySelectorAll('.card[data-status]'));
  var controls = Array.prototype.slice.call(document.querySelectorAll('details.control'));
  function applyStatus() {
    controls.forEach(function (c) {
      c.hidden = activeStatus !== null && c.getAttribute('data-status') !== activeStatus;
    });
    cards.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-status') === activeStatus)); });
    document.querySelectorAll('h3.family').forEach(function (h) {
      var n = h.nextElementSibling, any = false;
      while (n && n.tagName === 'DETAILS') { if (!n.hidden) any = true; n = n.nextElementSibling; }
      h.hidden = !any;
    });
  }
  cards.forEach(function (b) {
    b.addEventListener('click', function () {
      var s = b.getAttribute('data-status');
      activeStatus = activeStatus === s ? null : s;
      applyStatus();
      if (activeStatus) document.getElementById('controls').scrollIntoView();
    });
  });

  // Text filters: one per table, and the search box over every findings table.
  function rowsOf(table) { return Array.prototype.slice.call(table.tBodies[0].rows); }
  function filterTable(table) {
    var own = document.querySelector('input.table-filter[data-table="' + table.id + '"]');
    var q1 = own ? own.value.trim().toLowerCase() : '';
    var global = table.classList.contains('findings') ? document.getElementById('search').value.trim().toLowerCase() : '';
    var shown = 0, rows = rowsOf(table);
    rows.forEach(function (r) {
      var text = r.textContent.toLowerCase();
      var ok = (!q1 || text.indexOf(q1) >= 0) && (!global || text.indexOf(global) >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    });
    var label = document.querySelector('.shown[data-for="' + table.id + '"]');
    if (label) label.textContent = (q1 || global) ? shown + ' / ' + rows.length : '';
    return shown;
  }
  document.querySelectorAll('input.table-filter').forEach(function (input) {
    input.addEventListener('input', function () { filterTable(document.getElementById(input.getAttribute('data-table'))); });
  });
  var search = document.getElementById('search');
  search.addEventListener('input', function () {
    var q = search.value.trim(), total = 0;
    document.querySelectorAll('table.findings').forEach(function (t) {
      var shown = filterTable(t);
      total += shown;
      var card = t.closest('details.control');
      if (q && shown > 0) card.open = true;
    });
    document.getElementById('filter-status').textContent = q ? total + ' 項缺失符合 / findings match' : '';
  });

  // Sorting: click a header; numbers compare as numbers, text by what the reader sees.
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, i) {
      if (!th.hasAttribute('data-sort')) return;
      th.addEventListener('click', function () {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var numeric = th.getAttribute('data-sort') === 'num';
        var rows = rowsOf(table);
        rows.sort(function (a, b) {
          var x = a.cells[i].innerText.trim(), y = b.cells[i].innerText.trim();
          var c = numeric ? (parseFloat(x.replace(/,/g, '')) || 0) - (parseFloat(y.replace(/,/g, '')) || 0)
                          : x.localeCompare(y, root.getAttribute('lang'));
          return asc ? c : -c;
        });
        rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
      });
    });
  });

  // Charts: options were built from the audit result; the library is inlined in the page.
  var data = document.getElementById('chart-data');
  if (data && window.echarts) {
    var options = JSON.parse(data.textContent);
    document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
      var opt = options[el.getAttribute('data-chart')];
      if (!opt) return;
      var chart = window.echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(opt);
      charts.push(chart);
    });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }
})();
