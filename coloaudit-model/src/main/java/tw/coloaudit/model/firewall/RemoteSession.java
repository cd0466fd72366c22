package tw.coloaudit.model.firewall;

import java.time.Instant;
import java.time.LocalDate;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Timestamped;

/** One remote (VPN or jump host) session of the remote-access register. */
public record RemoteSession(
    String user,
    Instant start,
    Instant end,
    String sourceIp,
    String target,
    String requestNo,
    String reviewedBy,
    LocalDate reviewedOn,
    Provenance source)
    implements Timestamped {

  @Override
  public Instant time() {
    return start;
  }
}
