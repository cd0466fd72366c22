package tw.coloaudit.evidence.register;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import tw.coloaudit.evidence.testing.LineRecordingContext;

/**
 * The parse context of register and colo parser tests: the shared {@link LineRecordingContext}
 * with a system, device, zone and as-of date as given, and the used and skipped lines in the order
 * they were counted.
 */
public final class CollectingContext extends LineRecordingContext {

  public CollectingContext(String file, String system) {
    this(file, system, null, TAIPEI, AS_OF);
  }

  public CollectingContext(String file, String system, String device, ZoneId zone, LocalDate asOf) {
    super(file, system, device, null, zone, asOf, false);
  }

  /** The used lines, in the order counted. */
  public List<Integer> usedLines() {
    return lines("used");
  }

  /** The skipped lines, in the order counted. */
  public List<Integer> skippedLines() {
    return lines("skipped");
  }

  /** used + skipped + rejected. */
  public int total() {
    return (int) (count("used") + count("skipped") + count("rejected"));
  }
}
