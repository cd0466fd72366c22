package tw.coloaudit.evidence.account;

import java.util.List;
import java.util.Map;
import tw.coloaudit.evidence.testing.LineRecordingContext;

/** A parse context for account parser tests: a system's file in Asia/Taipei. */
final class RecordingContext extends LineRecordingContext {

  static final String USED = "used";
  static final String SKIPPED = "skipped";
  static final String REJECTED = "rejected";

  RecordingContext(String file, String system) {
    super(file, system, null, null, TAIPEI);
  }

  /** The warnings by line. */
  Map<Integer, List<String>> warnings() {
    return warningsByLine();
  }

}
