package tw.coloaudit.controls.firewall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.facts.firewall.FirewallLogFacts;
import tw.coloaudit.facts.firewall.Ip;
import tw.coloaudit.model.InputFile;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemDef;

/** What the firewall controls share: the declared firewalls, devices of register rows, address classes. */
final class FirewallSupport {

  static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private FirewallSupport() {}

  /** The ids of the manifest systems with role firewall, sorted. */
  static TreeSet<String> declaredFirewalls(AuditInput in) {
    TreeSet<String> out = new TreeSet<>();
    for (SystemDef s : in.systems()) if ("firewall".equalsIgnoreCase(s.role())) out.add(s.id());
    return out;
  }

  /** The evidence files of the run by path. */
  static Map<String, InputFile> files(AuditInput in) {
    Map<String, InputFile> out = new LinkedHashMap<>();
    for (InputFile f : in.facts().records(InputFile.class)) out.put(f.path(), f);
    return out;
  }

  /** The device of a register row: its file's manifest entry names every row, else the row's own. */
  static String device(String own, Provenance source, Map<String, InputFile> files) {
    InputFile f = source == null ? null : files.get(source.file());
    String entry = f == null ? null : f.scope();
    return entry != null ? entry : own;
  }

  static FirewallLogFacts logs(AuditInput in) {
    FirewallLogFacts f = in.facts().fact(FirewallLogFacts.class);
    return f != null ? f : new FirewallLogFacts();
  }

  /** The declared firewall whose id or hosts name {@code device}, else {@code device} itself. */
  static String canonicalDevice(AuditInput in, String device) {
    if (device == null) return null;
    for (SystemDef s : in.systems()) {
      if ("firewall".equalsIgnoreCase(s.role()) && s.matchesHost(device)) return s.id();
    }
    return device;
  }

  static String iso(Instant t, ZoneId zone) {
    return ISO_OFFSET.format(t.atZone(zone));
  }

  static LocalDate date(Instant t, ZoneId zone) {
    return t.atZone(zone).toLocalDate();
  }

  /** Items of an address or service cell: split on commas, semicolons and whitespace. */
  static List<String> items(String cell) {
    if (cell == null || cell.isBlank()) return List.of();
    return List.of(cell.strip().split("[,;\\s]+"));
  }

  /**
   * Whether a rule's source cell lets in the Internet: any/all/none, a negation, a named outside
   * zone, or any item holding a non-private address.
   */
  static boolean internetSource(String cell) {
    if (tw.coloaudit.model.firewall.FirewallRule.isAny(cell)) return true;
    for (String item : items(cell)) {
      String t = item.toLowerCase(Locale.ROOT);
      if (tw.coloaudit.model.firewall.FirewallRule.isAny(t) || t.startsWith("!")) return true;
      if (t.equals("internet") || t.equals("untrust") || t.equals("wan") || t.equals("outside") || t.equals("external")
          || t.equals("網際網路") || t.equals("外部")) {
        return true;
      }
      if (!privateBlock(t)) {
        if (Ip.isPrivate(t.contains("/") ? t.substring(0, t.indexOf('/')) : t.contains("-") ? t.substring(0, t.indexOf('-')) : t)
            != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether an address, block or range lies wholly in private space (false for names). */
  private static boolean privateBlock(String t) {
    String first;
    String last;
    int slash = t.indexOf('/');
    int dash = t.indexOf('-');
    if (slash > 0) {
      first = t.substring(0, slash);
      long base = Ip.ipv4(first);
      if (base < 0) return Boolean.TRUE.equals(Ip.isPrivate(first));
      int bits;
      try {
        bits = Integer.parseInt(t.substring(slash + 1));
      } catch (NumberFormatException e) {
        return false;
      }
      if (bits < 0 || bits > 32) return false;
      long mask = bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
      long lo = base & mask;
      long hi = lo | (~mask & 0xffffffffL);
      return Ip.isPrivateV4(lo) && Ip.isPrivateV4(hi) && sameRange(lo, hi);
    } else if (dash > 0) {
      first = t.substring(0, dash);
      last = t.substring(dash + 1);
      return Boolean.TRUE.equals(Ip.isPrivate(first)) && Boolean.TRUE.equals(Ip.isPrivate(last));
    }
    return Boolean.TRUE.equals(Ip.isPrivate(t));
  }

  private static boolean sameRange(long lo, long hi) {
    return (lo >>> 24) == (hi >>> 24) || (lo >>> 16) == (hi >>> 16) || (lo >>> 20) == (hi >>> 20) || (lo >>> 22) == (hi >>> 22);
  }

  /** The important systems a rule's destination cell reaches: any, or an item naming or holding one of their hosts. */
  static List<SystemDef> reached(String cell, List<SystemDef> important) {
    if (tw.coloaudit.model.firewall.FirewallRule.isAny(cell)) return important;
    return important.stream().filter(s -> reaches(cell, s)).toList();
  }

  private static boolean reaches(String cell, SystemDef s) {
    for (String item : items(cell)) {
      if (tw.coloaudit.model.firewall.FirewallRule.isAny(item)) return true;
      if (item.startsWith("!")) return true;
      if (s.matchesHost(item)) return true;
      for (String h : s.hosts()) {
        if (Boolean.TRUE.equals(Ip.contains(item, h))) return true;
      }
    }
    return false;
  }
}
