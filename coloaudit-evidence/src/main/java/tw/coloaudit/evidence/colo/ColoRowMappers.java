package tw.coloaudit.evidence.colo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import tw.coloaudit.evidence.register.RegisterRow;
import tw.coloaudit.evidence.register.ValueException;
import tw.coloaudit.model.colo.DiscoveredDevice;
import tw.coloaudit.model.colo.EquipmentMove;
import tw.coloaudit.model.colo.InstalledSoftware;
import tw.coloaudit.model.colo.RackDevice;
import tw.coloaudit.model.colo.SharedCabinetApproval;

/** Row mappers of the co-location registers: racks, discovery, software, equipment moves, shared cabinets. */
public final class ColoRowMappers {

  private ColoRowMappers() {}

  public static List<Object> rackDevice(RegisterRow r) throws ValueException {
    return List.of(
        new RackDevice(
            r.text("rack"),
            r.text("unit"),
            r.text("device"),
            r.text("hostname"),
            r.text("serial"),
            r.text("ip"),
            r.party("owner"),
            r.text("owner_name"),
            r.read("network", ColoRowMappers::network),
            r.text("firewall"),
            r.date("inventoried_on"),
            r.source()));
  }

  public static List<Object> discoveredDevice(RegisterRow r) throws ValueException {
    return List.of(
        new DiscoveredDevice(
            r.text("ip"), r.text("mac"), r.text("hostname"), r.text("serial"), r.timestamp("seen_at"), r.source()));
  }

  public static List<Object> installedSoftware(RegisterRow r) throws ValueException {
    return List.of(
        new InstalledSoftware(
            r.text("host"),
            r.text("software"),
            r.text("version"),
            r.party("supplier"),
            r.text("supplier_name"),
            r.text("purpose"),
            r.date("installed_on"),
            r.source()));
  }

  public static List<Object> equipmentMove(RegisterRow r) throws ValueException {
    return List.of(
        new EquipmentMove(
            r.date("date"),
            r.read("direction", ColoRowMappers::direction),
            r.text("serial"),
            r.text("device"),
            r.text("application_no"),
            r.source()));
  }

  public static List<Object> sharedCabinetApproval(RegisterRow r) throws ValueException {
    return List.of(
        new SharedCabinetApproval(r.text("rack"), r.text("co_user"), r.date("approved_on"), r.text("document"), r.source()));
  }

  /**
   * The network a device is connected to, folded to the canonical words ({@code twse-colo},
   * {@code twse-tcpip}, {@code internal}, {@code none}); other text is kept in lower case.
   */
  static String network(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    String squeezed = t.replace(" ", "").replace("_", "-").replace("/", "");
    return switch (squeezed) {
      case "twse-colo", "twsecolo", "colo", "co-location", "colocation", "主機共置", "共置", "主機共置網路", "共置網路" -> "twse-colo";
      case "twse-tcpip", "twsetcpip", "tcpip", "tcp-ip", "交易所tcpip", "tcpip網路", "證交所tcpip" -> "twse-tcpip";
      case "internal", "內部", "內網", "內部網路" -> "internal";
      case "none", "無", "-", "n-a", "na" -> "none";
      default -> t;
    };
  }

  /** {@code in}/{@code out}, 進/出 and the usual Chinese forms of moving in and out. */
  static EquipmentMove.Direction direction(String text) throws ValueException {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT).replace(" ", "");
    return switch (t) {
      case "in", "move-in", "movein", "進", "進場", "移入", "搬入", "遷入", "進入", "入" -> EquipmentMove.Direction.IN;
      case "out", "move-out", "moveout", "出", "出場", "移出", "搬出", "遷出", "撤出", "撤離" -> EquipmentMove.Direction.OUT;
      default -> throw new ValueException(
          "無法將 '" + text + "' 讀為進出方向（in/out、進/出）", "cannot read '" + text + "' as a direction (in/out, 進/出)");
    };
  }
}
