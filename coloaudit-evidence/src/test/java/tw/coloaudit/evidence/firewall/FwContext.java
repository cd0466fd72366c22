package tw.coloaudit.evidence.firewall;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.coloaudit.evidence.spi.YearBound;
import tw.coloaudit.evidence.testing.LineRecordingContext;
import tw.coloaudit.model.Localized;

/** A parse context for firewall parser tests: a device's file, Asia/Taipei, a year bound when given. */
final class FwContext extends LineRecordingContext {

  /** The warnings' messages in order. */
  final List<String> warnings = warningMessages();
  /** The Chinese text of each line's reject reason. */
  final Map<Integer, String> rejectsZh = new TreeMap<>();
  /** The warnings' Chinese texts in order. */
  final List<String> warningsZh = new ArrayList<>();

  FwContext(String file, String device, YearBound bound) {
    super(file, null, device, bound, TAIPEI);
  }

  FwContext(String file, String device) {
    this(file, device, null);
  }

  @Override
  public void rejected(int line, Localized reason) {
    super.rejected(line, reason);
    rejectsZh.put(line, reason.zh());
  }

  @Override
  public void warn(int line, Localized message) {
    super.warn(line, message);
    warningsZh.add(message.zh());
  }

  static YearBound bound(String dateTime) {
    return new YearBound(LocalDateTime.parse(dateTime), "file-name");
  }
}
