package tw.coloaudit.model;

import java.util.Locale;
import java.util.Optional;

/** Who owns a device or holds an account (EVIDENCE.md, owner and person types). */
public enum PartyType {
  BROKER("broker", "本公司", "公司", "自有"),
  CUSTOMER("customer", "客戶", "委託人"),
  VENDOR("vendor", "廠商", "委外", "外包"),
  THIRD_PARTY("third-party", "第三人", "其他"),
  EMPLOYEE("employee", "員工", "職員"),
  SYSTEM("system", "系統", "服務"),
  AFFILIATE("affiliate", "關係企業");

  private final String[] words;

  PartyType(String... words) {
    this.words = words;
  }

  public String json() {
    return words[0];
  }

  /** Reads one of the accepted words, English or Chinese; empty when it is none of them. */
  public static Optional<PartyType> parse(String text) {
    if (text == null) return Optional.empty();
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    if (t.isEmpty()) return Optional.empty();
    if (t.equals("thirdparty") || t.equals("third-party")) return Optional.of(THIRD_PARTY);
    if (t.equals("outsourced") || t.equals("outsource")) return Optional.of(VENDOR);
    for (PartyType p : values()) {
      for (String w : p.words) {
        if (w.equals(t)) return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
