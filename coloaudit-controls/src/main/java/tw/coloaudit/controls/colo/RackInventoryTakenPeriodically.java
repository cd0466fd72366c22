package tw.coloaudit.controls.colo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.controls.support.Cadence;
import tw.coloaudit.controls.support.Days;
import tw.coloaudit.facts.colo.RackInventory;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.colo.RackDevice;

/** COLO-RACK-INVENTORY-CADENCE: the racks were inventoried (盤點) at least every six months. */
@Control(
    id = "COLO-RACK-INVENTORY-CADENCE",
    family = "colo",
    pattern = 2,
    titleZh = "機櫃設備定期盤點",
    titleEn = "Rack inventory taken periodically",
    checksZh = "機櫃設備清冊的盤點日期之間（含最後一次盤點至查核基準日）相隔不超過上限天數；第一次盤點之前不計。"
        + "清冊完全沒有盤點日期者，視為無盤點證據。",
    checksEn = "No gap between the rack inventory's inventory dates, nor from the last one to the as-of date, is longer "
        + "than the limit; the time before the first inventory is not a gap. An inventory without any inventory date "
        + "gives no evidence that one was taken.",
    severity = Severity.MEDIUM,
    refs = {"主機共置服務管理辦法 art. 21", "CC-23000"},
    requires = {"rack-inventory"},
    policy = {"inventory_days"},
    subjects = {"from,to"})
public final class RackInventoryTakenPeriodically implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    RackInventory inv = ColoSupport.inventory(in);
    int limit = in.policy().intValue(PolicyKeys.INVENTORY_DAYS);
    SortedSet<LocalDate> dates = inv.dates().headSet(in.asOf().plusDays(1));
    if (dates.isEmpty()) {
      if (!inv.isEmpty()) out.noEvidence(Subject.of("file", inv.all().get(0).source().file()), "rack-inventory (inventoried_on)");
      return;
    }
    List<Cadence.Gap> gaps = Cadence.gaps(dates, in.asOf(), limit);
    if (gaps.isEmpty()) out.pass(Subject.of("from", dates.last().toString(), "to", in.asOf().toString()));
    for (Cadence.Gap g : gaps) {
      List<Provenance> evidence = new ArrayList<>();
      first(inv, g.from(), evidence);
      if (!g.to().equals(in.asOf()) || dates.contains(g.to())) first(inv, g.to(), evidence);
      Map<String, Object> observed = new LinkedHashMap<>();
      observed.put("gap_days", g.days());
      observed.put("limit_days", limit);
      boolean toAsOf = g.to().equals(in.asOf()) && !dates.contains(g.to());
      out.fail(
          Subject.of("from", g.from().toString(), "to", g.to().toString()),
          toAsOf
              ? Localized.of(
                  "最後一次機櫃盤點為 " + g.from() + "，至查核基準日 " + g.to() + " 已 " + g.days() + " 天（上限 " + limit + " 天）。",
                  "The last rack inventory was taken on " + g.from() + ", " + Days.en(g.days()) + " before the as-of date "
                      + g.to() + " (limit " + limit + ").")
              : Localized.of(
                  "機櫃盤點自 " + g.from() + " 至 " + g.to() + " 相隔 " + g.days() + " 天（上限 " + limit + " 天）。",
                  "The racks went " + Days.en(g.days()) + " without an inventory, from " + g.from() + " to " + g.to()
                      + " (limit " + limit + ")."),
          observed,
          evidence);
    }
    out.observe("inventory_dates", dates.stream().map(LocalDate::toString).toList());
  }

  /** The first row of an inventory date: one line stands for the whole count. */
  private static void first(RackInventory inv, LocalDate date, List<Provenance> evidence) {
    for (RackDevice d : inv.all()) {
      if (date.equals(d.inventoriedOn())) {
        evidence.add(d.source());
        return;
      }
    }
  }
}
