package tw.coloaudit.model.vuln;

import java.time.Instant;
import java.util.List;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Timestamped;

/**
 * One host as one scan saw it: the scanner, the name the manifest entry gives every host of the
 * file (or null), the address and the names the scanner reported, and when the scan of it started
 * and ended (either may be null, not both).
 *
 * @param scanner {@code nessus}, {@code openvas} or {@code csv}
 * @param declared the manifest entry's {@code system} or {@code device}, or null
 * @param names host names as reported (report host name, FQDN, NetBIOS name), first the preferred
 */
public record ScanHost(
    String scanner, String declared, String ip, List<String> names, Instant start, Instant end, Provenance source)
    implements Timestamped {

  public ScanHost {
    names = names == null ? List.of() : List.copyOf(names);
  }

  /** The scan's start, else its end. */
  @Override
  public Instant time() {
    return start != null ? start : end;
  }

  /** The address, else the first name: how the scan itself names the host. */
  public String label() {
    if (ip != null) return ip;
    return names.isEmpty() ? "?" : names.get(0);
  }
}
