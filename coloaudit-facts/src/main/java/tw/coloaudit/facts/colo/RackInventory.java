package tw.coloaudit.facts.colo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.colo.RackDevice;

/**
 * The rack inventory as the controls read it: every row, the inventory dates, and the current
 * devices. An inventory register may hold several inventories (盤點) over time; the current
 * devices of a rack are the rows of that rack's latest inventory date, plus any undated rows (a
 * rack inventoried on several days is thus judged by what was counted last).
 */
public final class RackInventory {

  private final List<RackDevice> all;
  private final List<RackDevice> current;
  private final TreeSet<LocalDate> dates = new TreeSet<>();

  private RackInventory(List<RackDevice> rows) {
    this.all = List.copyOf(rows);
    Map<String, LocalDate> latestByRack = new LinkedHashMap<>();
    for (RackDevice d : all) {
      if (d.inventoriedOn() == null) continue;
      dates.add(d.inventoriedOn());
      latestByRack.merge(rackKey(d), d.inventoriedOn(), (a, b) -> a.isAfter(b) ? a : b);
    }
    List<RackDevice> now = new ArrayList<>();
    for (RackDevice d : all) {
      LocalDate latest = latestByRack.get(rackKey(d));
      if (d.inventoriedOn() == null || d.inventoriedOn().equals(latest)) now.add(d);
    }
    this.current = List.copyOf(now);
  }

  public static RackInventory of(List<RackDevice> rows) {
    return new RackInventory(rows == null ? List.of() : rows);
  }

  /** Every row, in evidence order. */
  public List<RackDevice> all() {
    return all;
  }

  /** The devices in the racks now: each rack's latest inventory and undated rows, in evidence order. */
  public List<RackDevice> current() {
    return current;
  }

  /** The distinct inventory dates, sorted. */
  public java.util.SortedSet<LocalDate> dates() {
    return Collections.unmodifiableSortedSet(dates);
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** The current device an IP, hostname, device name or serial names (case-insensitive; an FQDN also by its first label). */
  public Optional<RackDevice> find(String host) {
    if (host == null || host.isBlank()) return Optional.empty();
    for (RackDevice d : current) if (names(d, host)) return Optional.of(d);
    return Optional.empty();
  }

  /** Whether a host text names this device by its IP, hostname, device name or serial. */
  public static boolean names(RackDevice d, String host) {
    String h = fold(host);
    String label = label(h);
    for (String mine : new String[] {d.ip(), d.hostname(), d.device(), d.serial()}) {
      if (mine == null || mine.isBlank()) continue;
      String m = fold(mine);
      if (m.equals(h) || m.equals(label) || label(m).equals(h) || label(m).equals(label)) return true;
    }
    return false;
  }

  /**
   * The name CONTROLS.md gives a host: the id of the manifest system whose hosts match its IP or
   * hostname, else the inventory's hostname, else its IP.
   */
  public static String hostName(RackDevice d, List<SystemDef> systems) {
    for (SystemDef s : systems) {
      if (s.matchesHost(d.ip()) || s.matchesHost(d.hostname())) return s.id();
    }
    if (d.hostname() != null) return d.hostname();
    if (d.ip() != null) return d.ip();
    return d.device();
  }

  /** The name CONTROLS.md gives a host known only by a text: a system id, else the inventory's name, else the text. */
  public String hostName(String host, List<SystemDef> systems) {
    for (SystemDef s : systems) if (s.matchesHost(host)) return s.id();
    Optional<RackDevice> d = find(host);
    if (d.isPresent()) return hostName(d.get(), systems);
    return host.strip();
  }

  private static String rackKey(RackDevice d) {
    return d.rack() == null ? "" : fold(d.rack());
  }

  static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private static String label(String h) {
    if (h.isEmpty() || Character.isDigit(h.charAt(0)) || h.indexOf('.') < 0 || h.contains(":")) return h;
    return h.substring(0, h.indexOf('.'));
  }
}
