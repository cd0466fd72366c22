package tw.coloaudit.controls.colo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.facts.colo.RackInventory;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.colo.EquipmentMove;
import tw.coloaudit.model.colo.RackDevice;

/** COLO-EQUIP-MOVES: every equipment move has an application number, and every device in the racks came in with a recorded move-in. */
@Control(
    id = "COLO-EQUIP-MOVES",
    family = "colo",
    pattern = 2,
    titleZh = "設備進出皆經申請",
    titleEn = "Equipment moves made by application",
    checksZh = "設備進出紀錄的每一筆皆有申請單號；機櫃設備清冊中現有的設備（各機櫃最近一次盤點），皆有序號相符、日期不晚於查核基準日的"
        + "移入紀錄。每個序號列一項，說明缺少申請單號的進出及缺少的移入紀錄。",
    checksEn = "Every move in the equipment-moves register has an application number, and every device now in the racks "
        + "(each rack's latest inventory) has a move-in with its serial dated on or before the as-of date. One finding "
        + "per serial, naming the moves without an application and a missing move-in.",
    severity = Severity.MEDIUM,
    refs = {"主機共置服務管理辦法 art. 21", "CC-23000"},
    requires = {"equipment-moves", "rack-inventory"},
    subjects = {"serial"})
public final class EquipmentMovesHaveApplications implements AuditControl {

  /** What is wrong with one serial's moves. */
  private static final class Problems {
    String serial;
    final List<EquipmentMove> unapplied = new ArrayList<>();
    RackDevice withoutMoveIn;
    final List<Provenance> evidence = new ArrayList<>();
  }

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    List<EquipmentMove> moves = in.facts().records(EquipmentMove.class);
    RackInventory inv = ColoSupport.inventory(in);
    boolean movesPresent = !moves.isEmpty() || in.facts().presence().has("equipment-moves");
    Map<String, Problems> bySerial = new LinkedHashMap<>();
    Set<String> checked = new HashSet<>();
    Set<String> movedIn = new HashSet<>();
    for (EquipmentMove m : moves) {
      checked.add(m.serialKey());
      if (m.direction() == EquipmentMove.Direction.IN && (m.date() == null || !m.date().isAfter(in.asOf()))) {
        movedIn.add(m.serialKey());
      }
      if (m.applicationNo() == null) {
        Problems p = bySerial.computeIfAbsent(m.serialKey(), k -> new Problems());
        if (p.serial == null) p.serial = m.serial().strip();
        p.unapplied.add(m);
        p.evidence.add(m.source());
      }
    }
    // Without the moves register a missing move-in proves nothing: the engine reports the missing kind.
    if (movesPresent) {
      for (RackDevice d : inv.current()) {
        checked.add(d.serialKey());
        if (movedIn.contains(d.serialKey())) continue;
        Problems p = bySerial.computeIfAbsent(d.serialKey(), k -> new Problems());
        if (p.withoutMoveIn != null) continue;
        p.serial = d.serial().strip();
        p.withoutMoveIn = d;
        p.evidence.add(0, d.source());
      }
    }
    for (String serial : checked) if (!bySerial.containsKey(serial)) out.pass(Subject.of("serial", serial));
    bySerial.values().forEach(p -> fail(out, p));
  }

  private static void fail(Evaluation out, Problems p) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    Map<String, Object> observed = new LinkedHashMap<>();
    if (p.withoutMoveIn != null) {
      RackDevice d = p.withoutMoveIn;
      zh.add("設備 " + d.device() + " 列於機櫃 " + d.rack() + "，但無移入紀錄");
      en.add("device " + d.device() + " is in rack " + d.rack() + " with no move-in on record");
      observed.put("rack", d.rack());
      observed.put("move_in", "none");
    }
    if (!p.unapplied.isEmpty()) {
      List<String> which = p.unapplied.stream()
          .map(m -> (m.date() == null ? "?" : m.date().toString()) + " " + m.direction().name().toLowerCase(java.util.Locale.ROOT))
          .toList();
      zh.add(p.unapplied.size() + " 筆進出無申請單號（" + String.join("、", which) + "）");
      en.add(p.unapplied.size() + (p.unapplied.size() == 1 ? " move has" : " moves have") + " no application number ("
          + String.join(", ", which) + ")");
      observed.put("moves_without_application", which);
    }
    out.fail(
        Subject.of("serial", p.serial),
        Localized.of("序號 " + p.serial + "：" + String.join("；", zh) + "。", "Serial " + p.serial + ": " + String.join("; ", en) + "."),
        observed,
        p.evidence);
  }
}
