package tw.coloaudit.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import tw.coloaudit.evidence.spi.InputLimits;

/**
 * What to audit and how: the pack, the clock that stamps the run (fixed in tests), an optional
 * run id, a progress listener, the ingestion threads and the input limits.
 */
public record AuditRequest(
    Path pack, Clock clock, String runId, ProgressListener progress, int threads, InputLimits limits) {

  /** A request with the default input limits. */
  public AuditRequest(Path pack, Clock clock, String runId, ProgressListener progress, int threads) {
    this(pack, clock, runId, progress, threads, null);
  }

  public AuditRequest {
    Objects.requireNonNull(pack, "pack");
    limits = limits == null ? InputLimits.DEFAULT : limits;
    clock = clock == null ? Clock.systemDefaultZone() : clock;
    progress = progress == null ? ProgressListener.NONE : progress;
    threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }

  public static AuditRequest of(Path pack) {
    return new AuditRequest(pack, null, null, null, 0);
  }
}
