package tw.coloaudit.report.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.Localized;

/**
 * The report's charts, built as ECharts options from the controls' {@code observed} values (the
 * shapes are in docs/ARCHITECTURE.md, "Observed shapes for charts"). A chart appears only when its
 * data is present.
 */
public final class ReportCharts {

  /** One chart: where it goes, what it is called, and its ECharts option. */
  public record Chart(String id, String controlId, Localized title, Localized caption, int height,
      Map<String, Object> option) {}

  static final String RED = "#c0392b";
  static final String BLUE = "#2563eb";
  static final String ORANGE = "#d97706";
  static final String GREEN = "#15803d";

  private ReportCharts() {}

  public static List<Chart> build(AuditResult r) {
    Map<String, ControlResult> byId = new LinkedHashMap<>();
    for (ControlResult c : r.controls()) byId.put(c.id(), c);
    List<Chart> charts = new ArrayList<>();
    for (String id : List.of("NET-FW-LOG-RETENTION", "LOG-RETENTION")) {
      ControlResult c = byId.get(id);
      if (c != null) coverage(c, r.run().asOf()).ifPresent(charts::add);
    }
    charts.addAll(latency(byId.get("COLO-PRIORITY"), byId.get("COLO-FIFO")));
    ControlResult pwd = byId.get("PWD-AGE");
    if (pwd != null) passwordAges(pwd).ifPresent(charts::add);
    ControlResult scans = byId.get("VULN-CADENCE");
    if (scans != null) scans(scans).ifPresent(charts::add);
    return charts;
  }

  // ---- log coverage over the retention window, gaps marked ----

  static java.util.Optional<Chart> coverage(ControlResult c, LocalDate asOf) {
    if (!(c.observed().get("coverage") instanceof Map<?, ?> coverage) || coverage.isEmpty()) return java.util.Optional.empty();
    String sourceKey = c.id().startsWith("NET-") ? "device" : "system";
    Map<String, List<Finding>> gaps = new TreeMap<>();
    for (Finding f : c.findings()) {
      String src = f.subject().get(sourceKey);
      if (src != null && f.subject().get("from") != null && f.subject().get("to") != null) {
        gaps.computeIfAbsent(src, k -> new ArrayList<>()).add(f);
      }
    }
    TreeMap<String, TreeMap<LocalDate, Number>> perSource = new TreeMap<>();
    LocalDate min = null;
    LocalDate max = asOf;
    for (Map.Entry<?, ?> e : coverage.entrySet()) {
      TreeMap<LocalDate, Number> days = new TreeMap<>();
      if (e.getValue() instanceof Map<?, ?> src && src.get("days") instanceof Map<?, ?> d) {
        for (Map.Entry<?, ?> day : d.entrySet()) {
          LocalDate date = date(day.getKey());
          if (date != null && day.getValue() instanceof Number n) days.put(date, n);
        }
      }
      perSource.put(String.valueOf(e.getKey()), days);
      if (!days.isEmpty()) {
        min = min == null || days.firstKey().isBefore(min) ? days.firstKey() : min;
        max = max == null || days.lastKey().isAfter(max) ? days.lastKey() : max;
      }
    }
    for (String src : gaps.keySet()) perSource.putIfAbsent(src, new TreeMap<>());
    for (List<Finding> fs : gaps.values()) {
      for (Finding f : fs) {
        LocalDate from = date(f.subject().get("from"));
        if (from != null && (min == null || from.isBefore(min))) min = from;
      }
    }
    if (min == null) return java.util.Optional.empty();
    List<Object> series = new ArrayList<>();
    int gapCount = 0;
    for (Map.Entry<String, TreeMap<LocalDate, Number>> e : perSource.entrySet()) {
      List<Object> data = new ArrayList<>();
      for (LocalDate d = min; !d.isAfter(max); d = d.plusDays(1)) {
        Number n = e.getValue().get(d);
        data.add(List.of(d.toString(), n == null ? 0 : n));
      }
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("type", "line");
      s.put("name", e.getKey());
      s.put("step", "middle");
      s.put("symbol", "none");
      s.put("sampling", "lttb");
      s.put("lineStyle", Map.of("width", 1.5));
      s.put("areaStyle", Map.of("opacity", 0.12));
      s.put("data", data);
      List<Object> areas = new ArrayList<>();
      for (Finding f : gaps.getOrDefault(e.getKey(), List.of())) {
        areas.add(List.of(Map.of("xAxis", f.subject().get("from"), "name", "缺口 gap " + e.getKey()),
            Map.of("xAxis", f.subject().get("to"))));
        gapCount++;
      }
      if (!areas.isEmpty()) {
        s.put("markArea", Map.of("silent", false,
            "itemStyle", Map.of("color", "rgba(192,57,43,0.20)", "borderColor", RED, "borderWidth", 1),
            "label", Map.of("show", false), "data", areas));
      }
      series.add(s);
    }
    Map<String, Object> option = base();
    option.put("tooltip", Map.of("trigger", "axis"));
    option.put("legend", Map.of("type", "scroll", "top", 0));
    option.put("xAxis", Map.of("type", "time", "axisLabel", Map.of("hideOverlap", true)));
    option.put("yAxis", Map.of("type", "value", "name", "行數 lines/day"));
    option.put("dataZoom", List.of(Map.of("type", "inside"), Map.of("type", "slider", "height", 18, "bottom", 8)));
    option.put("series", series);
    Localized title = c.id().startsWith("NET-")
        ? Localized.of("防火牆紀錄涵蓋（每日行數）", "Firewall log coverage (lines per day)")
        : Localized.of("稽核日誌涵蓋（每日行數）", "Audit log coverage (lines per day)");
    Localized caption = Localized.of(
        "保存期間內每個來源的每日紀錄行數；紅色區塊為超過容許值的缺口（共 " + gapCount + " 處）。門檻：" + policyText(c),
        "Lines per day for each source over the retention window; red areas are gaps longer than the tolerance ("
            + gapCount + " in all). Threshold: " + policyText(c));
    return java.util.Optional.of(new Chart("chart-" + slug(c.id()), c.id(), title, caption, 360, option));
  }

  // ---- order latency by gateway and desk, overtakes per day ----

  static List<Chart> latency(ControlResult priority, ControlResult fifo) {
    Map<?, ?> latency = priority != null && priority.observed().get("latency") instanceof Map<?, ?> m ? m : Map.of();
    Map<?, ?> overtakes = fifo != null && fifo.observed().get("overtakes") instanceof Map<?, ?> m ? m : Map.of();
    TreeSet<String> gateways = new TreeSet<>();
    latency.keySet().forEach(k -> gateways.add(String.valueOf(k)));
    overtakes.keySet().forEach(k -> gateways.add(String.valueOf(k)));
    List<Chart> charts = new ArrayList<>();
    for (String gw : gateways) {
      Map<?, ?> lat = latency.get(gw) instanceof Map<?, ?> m ? m : Map.of();
      Map<?, ?> ot = overtakes.get(gw) instanceof Map<?, ?> m ? m : Map.of();
      TreeSet<String> days = new TreeSet<>();
      lat.keySet().forEach(k -> days.add(String.valueOf(k)));
      ot.keySet().forEach(k -> days.add(String.valueOf(k)));
      List<Object> series = new ArrayList<>();
      if (!lat.isEmpty()) {
        series.add(latencySeries("經紀 p50", "bar", days, lat, "brokerage", "p50_us", BLUE, false));
        series.add(latencySeries("自營 p50", "bar", days, lat, "dealer", "p50_us", ORANGE, false));
        series.add(latencySeries("經紀 p99", "line", days, lat, "brokerage", "p99_us", BLUE, true));
        series.add(latencySeries("自營 p99", "line", days, lat, "dealer", "p99_us", ORANGE, true));
      }
      List<Object> failing = new ArrayList<>();
      if (priority != null) {
        for (Finding f : priority.findings()) {
          if (gw.equals(f.subject().get("gateway")) && f.subject().get("trade_date") != null) {
            failing.add(List.of(Map.of("xAxis", f.subject().get("trade_date")), Map.of("xAxis", f.subject().get("trade_date"))));
          }
        }
      }
      if (!failing.isEmpty() && !series.isEmpty()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) series.get(0);
        first.put("markArea", Map.of("itemStyle", Map.of("color", "rgba(192,57,43,0.12)"), "data", failing));
      }
      if (!ot.isEmpty()) {
        List<Object> data = new ArrayList<>();
        for (String d : days) data.add(ot.get(d) instanceof Number n ? n : 0);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "bar");
        s.put("name", "超越 overtakes");
        s.put("yAxisIndex", 1);
        s.put("barMaxWidth", 14);
        s.put("itemStyle", Map.of("color", RED));
        s.put("data", data);
        series.add(s);
      }
      Map<String, Object> option = base();
      option.put("tooltip", Map.of("trigger", "axis"));
      option.put("legend", Map.of("bottom", 0, "itemWidth", 14, "itemHeight", 9, "textStyle", Map.of("fontSize", 11)));
      option.put("grid", Map.of("left", 16, "right", 24, "top", 40, "bottom", 40, "containLabel", true));
      option.put("xAxis", Map.of("type", "category", "data", new ArrayList<>(days)));
      option.put("yAxis", List.of(
          Map.of("type", "value", "name", "延遲 µs latency"),
          Map.of("type", "value", "name", "超越數", "splitLine", Map.of("show", false), "minInterval", 1)));
      option.put("dataZoom", List.of(Map.of("type", "inside")));
      option.put("series", series);
      Localized title = Localized.of("閘道 " + gw + "：經紀與自營委託延遲、每日超越筆數",
          "Gateway " + gw + ": brokerage and dealer latency, overtakes per day");
      Localized caption = Localized.of(
          "經紀（brokerage）與自營（dealer）委託自接收至送出之延遲（長條為中位數、折線為 p99，單位微秒）；紅色長條為依接收順序被超越的委託數；淡紅底色為未通過的交易日。",
          "Receipt-to-send latency (bars: median, lines: p99, in µs); red bars count orders sent ahead of one received "
              + "earlier; shaded days failed the fair-treatment check.");
      charts.add(new Chart("chart-latency-" + slug(gw), priority != null ? priority.id() : fifo.id(), title, caption, 360,
          option));
    }
    return charts;
  }

  private static Map<String, Object> latencySeries(String name, String type, Collection<String> days, Map<?, ?> lat,
      String desk, String key, String color, boolean dashed) {
    List<Object> data = new ArrayList<>();
    for (String d : days) {
      Object v = lat.get(d) instanceof Map<?, ?> day && day.get(desk) instanceof Map<?, ?> m ? m.get(key) : null;
      data.add(v instanceof Number n ? n : "-");
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", type);
    s.put("name", name);
    s.put("data", data);
    s.put("itemStyle", Map.of("color", color));
    if (dashed) {
      s.put("lineStyle", Map.of("type", "dashed", "width", 2));
      s.put("symbolSize", 6);
    } else {
      s.put("barMaxWidth", 18);
    }
    return s;
  }

  // ---- password age against the limit ----

  static java.util.Optional<Chart> passwordAges(ControlResult c) {
    if (!(c.observed().get("password_ages") instanceof List<?> ages) || ages.isEmpty()) return java.util.Optional.empty();
    Number limit = c.policy().get("password_max_age_days") instanceof Number n ? n : null;
    TreeSet<String> systems = new TreeSet<>();
    List<Object> within = new ArrayList<>();
    List<Object> over = new ArrayList<>();
    for (Object o : ages) {
      if (!(o instanceof Map<?, ?> m) || !(m.get("age_days") instanceof Number age)) continue;
      String system = String.valueOf(m.get("system"));
      systems.add(system);
      Map<String, Object> point = Map.of("name", String.valueOf(m.get("account")), "value", List.of(system, age));
      (limit != null && age.doubleValue() > limit.doubleValue() ? over : within).add(point);
    }
    List<Object> series = new ArrayList<>();
    Map<String, Object> ok = scatter("未逾期 within limit", within, GREEN);
    if (limit != null) {
      ok.put("markLine", Map.of("symbol", "none", "lineStyle", Map.of("color", RED, "type", "dashed", "width", 2),
          "label", Map.of("formatter", "上限 limit " + limit + " 天 days", "position", "insideEndTop"),
          "data", List.of(Map.of("yAxis", limit))));
    }
    series.add(ok);
    series.add(scatter("逾期 over limit", over, RED));
    Map<String, Object> option = base();
    option.put("tooltip", Map.of("trigger", "item"));
    option.put("legend", Map.of("top", 0));
    option.put("xAxis", Map.of("type", "category", "data", new ArrayList<>(systems)));
    option.put("yAxis", Map.of("type", "value", "name", "天 days"));
    option.put("series", series);
    Object total = c.observed().getOrDefault("password_ages_total", ages.size());
    Localized title = Localized.of("密碼使用天數與上限", "Password age against the limit");
    Localized caption = Localized.of(
        "每點為一個範圍內帳號距上次變更密碼的天數（共 " + total + " 個，圖示 " + (within.size() + over.size())
            + " 個，最舊者優先）；虛線為上限。",
        "Each point is an account in scope and the days since its password last changed (" + total + " in all, "
            + (within.size() + over.size()) + " shown, oldest first); the dashed line is the limit.");
    return java.util.Optional.of(new Chart("chart-" + slug(c.id()), c.id(), title, caption, 340, option));
  }

  private static Map<String, Object> scatter(String name, List<Object> data, String color) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "scatter");
    s.put("name", name);
    s.put("symbolSize", 9);
    s.put("itemStyle", Map.of("color", color, "opacity", 0.75));
    s.put("data", data);
    return s;
  }

  // ---- scans per host over time ----

  static java.util.Optional<Chart> scans(ControlResult c) {
    if (!(c.observed().get("scans") instanceof Map<?, ?> scans) || scans.isEmpty()) return java.util.Optional.empty();
    TreeSet<String> hosts = new TreeSet<>();
    scans.keySet().forEach(k -> hosts.add(String.valueOf(k)));
    List<Object> points = new ArrayList<>();
    for (Map.Entry<?, ?> e : scans.entrySet()) {
      if (!(e.getValue() instanceof Collection<?> dates)) continue;
      for (Object d : dates) points.add(List.of(String.valueOf(d), String.valueOf(e.getKey())));
    }
    List<Object> gaps = new ArrayList<>();
    for (Finding f : c.findings()) {
      String host = f.subject().get("host");
      String from = f.subject().get("from");
      String to = f.subject().get("to");
      if (host == null || from == null || to == null) continue;
      hosts.add(host);
      gaps.add(List.of(Map.of("coord", List.of(from, host)), Map.of("coord", List.of(to, host))));
    }
    Map<String, Object> s = scatter("掃描 scan", points, BLUE);
    s.put("symbol", "diamond");
    s.put("symbolSize", 12);
    if (!gaps.isEmpty()) {
      s.put("markLine", Map.of("symbol", "none", "silent", true,
          "lineStyle", Map.of("color", RED, "width", 4, "type", "solid", "opacity", 0.55),
          "label", Map.of("show", false), "data", gaps));
    }
    Map<String, Object> option = base();
    option.put("tooltip", Map.of("trigger", "item"));
    option.put("legend", Map.of("top", 0, "data", List.of("掃描 scan")));
    option.put("grid", Map.of("left", 16, "right", 24, "top", 40, "bottom", 40, "containLabel", true));
    option.put("xAxis", Map.of("type", "time"));
    option.put("yAxis", Map.of("type", "category", "data", new ArrayList<>(hosts)));
    option.put("series", List.of(s));
    Localized title = Localized.of("各主機弱點掃描時間", "Vulnerability scans per host over time");
    Localized caption = Localized.of(
        "每個菱形為一次掃描；紅線為超過間隔上限的缺口。門檻：" + policyText(c),
        "Each diamond is a scan; red lines are gaps longer than the limit. Threshold: " + policyText(c));
    return java.util.Optional.of(new Chart("chart-" + slug(c.id()), c.id(), title, caption,
        Math.max(220, 90 + 30 * hosts.size()), option));
  }

  private static Map<String, Object> base() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("animation", false);
    o.put("textStyle", Map.of("fontFamily", "system-ui, 'Noto Sans TC', 'Microsoft JhengHei', sans-serif"));
    o.put("grid", Map.of("left", 16, "right", 24, "top", 48, "bottom", 44, "containLabel", true));
    return o;
  }

  private static String policyText(ControlResult c) {
    StringBuilder b = new StringBuilder();
    c.policy().forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" = ").append(v));
    return b.toString();
  }

  private static LocalDate date(Object o) {
    try {
      return o == null ? null : LocalDate.parse(String.valueOf(o));
    } catch (RuntimeException e) {
      return null;
    }
  }

  static String slug(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
