package tw.coloaudit.controls.colo;

import java.text.Normalizer;
import java.util.Locale;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.facts.colo.RackInventory;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.colo.RackDevice;

/** What the co-location controls share: the rack inventory, who counts as a third party, and how names compare. */
final class ColoSupport {

  private ColoSupport() {}

  /** The rack inventory facts, or one built from the records when the engine built none. */
  static RackInventory inventory(AuditInput in) {
    RackInventory f = in.facts().fact(RackInventory.class);
    return f != null ? f : RackInventory.of(in.facts().records(RackDevice.class));
  }

  /**
   * Whether a party is someone other than the firm: a customer, a vendor, a third party or an
   * affiliate (a separate company, even within the group). Vendors count for equipment, not for
   * software (see {@link #foreignSoftware}).
   */
  static boolean thirdParty(PartyType p) {
    return p == PartyType.CUSTOMER || p == PartyType.VENDOR || p == PartyType.THIRD_PARTY || p == PartyType.AFFILIATE;
  }

  /** Whether software from this supplier belongs to someone else: vendor-supplied software is the firm's own tooling. */
  static boolean foreignSoftware(PartyType p) {
    return p == PartyType.CUSTOMER || p == PartyType.THIRD_PARTY || p == PartyType.AFFILIATE;
  }

  static String zh(PartyType p) {
    return switch (p) {
      case BROKER -> "本公司";
      case CUSTOMER -> "客戶";
      case VENDOR -> "廠商";
      case THIRD_PARTY -> "第三人";
      case EMPLOYEE -> "員工";
      case SYSTEM -> "系統";
      case AFFILIATE -> "關係企業";
    };
  }

  static String en(PartyType p) {
    return switch (p) {
      case THIRD_PARTY -> "a third party";
      case AFFILIATE -> "an affiliate";
      case BROKER -> "the firm";
      default -> "a " + p.json();
    };
  }

  /** Two names compared as people write them: NFKC, case and whitespace aside; false when either is blank. */
  static boolean sameName(String a, String b) {
    String x = fold(a);
    String y = fold(b);
    return !x.isEmpty() && x.equals(y);
  }

  static String fold(String s) {
    if (s == null) return "";
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) if (!Character.isWhitespace(n.charAt(i))) b.append(n.charAt(i));
    return b.toString();
  }
}
