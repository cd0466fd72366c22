package tw.coloaudit.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What to audit and how: the pack, the clock that stamps the run (fixed in tests), an optional
 * run id, and a progress listener.
 */
public record AuditRequest(Path pack, Clock clock, String runId, ProgressListener progress, int threads) {

  public AuditRequest {
    Objects.requireNonNull(pack, "pack");
    clock = clock == null ? Clock.systemDefaultZone() : clock;
    progress = progress == null ? ProgressListener.NONE : progress;
    threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }

  public static AuditRequest of(Path pack) {
    return new AuditRequest(pack, null, null, null, 0);
  }
}
