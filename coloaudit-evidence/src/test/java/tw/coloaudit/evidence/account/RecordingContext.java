package tw.coloaudit.evidence.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.coloaudit.evidence.testing.LineRecordingContext;
import tw.coloaudit.model.Localized;

/** A parse context for account parser tests: a system's file in Asia/Taipei. */
final class RecordingContext extends LineRecordingContext {

  static final String USED = "used";
  static final String SKIPPED = "skipped";
  static final String REJECTED = "rejected";

  private final Map<Integer, String> rejectsZh = new TreeMap<>();
  private final Map<Integer, List<String>> warningsZh = new TreeMap<>();

  RecordingContext(String file, String system) {
    super(file, system, null, null, TAIPEI);
  }

  @Override
  public void rejected(int line, Localized reason) {
    super.rejected(line, reason);
    rejectsZh.put(line, reason.zh());
  }

  @Override
  public void warn(int line, Localized message) {
    super.warn(line, message);
    warningsZh.computeIfAbsent(line, k -> new ArrayList<>()).add(message.zh());
  }

  /** The warnings by line. */
  Map<Integer, List<String>> warnings() {
    return warningsByLine();
  }

  /** The Chinese text of each rejected line's reason. */
  Map<Integer, String> rejectsZh() {
    return rejectsZh;
  }

  /** The Chinese text of the warnings, by line. */
  Map<Integer, List<String>> warningsZh() {
    return warningsZh;
  }
}
