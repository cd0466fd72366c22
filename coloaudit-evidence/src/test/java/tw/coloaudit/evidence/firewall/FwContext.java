package tw.coloaudit.evidence.firewall;

import java.time.LocalDateTime;
import java.util.List;
import tw.coloaudit.evidence.spi.YearBound;
import tw.coloaudit.evidence.testing.LineRecordingContext;

/** A parse context for firewall parser tests: a device's file, Asia/Taipei, a year bound when given. */
final class FwContext extends LineRecordingContext {

  /** The warnings' messages in order. */
  final List<String> warnings = warningMessages();
  /** The Chinese text of each line's reject reason. */
  /** The warnings' Chinese texts in order. */

  FwContext(String file, String device, YearBound bound) {
    super(file, null, device, bound, TAIPEI);
  }

  FwContext(String file, String device) {
    this(file, device, null);
  }

  static YearBound bound(String dateTime) {
    return new YearBound(LocalDateTime.parse(dateTime), "file-name");
  }
}
