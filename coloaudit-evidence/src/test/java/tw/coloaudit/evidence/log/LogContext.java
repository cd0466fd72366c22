package tw.coloaudit.evidence.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.YearBound;
import tw.coloaudit.evidence.testing.LineRecordingContext;
import tw.coloaudit.evidence.testing.TextInput;
import tw.coloaudit.model.log.LogLine;
import tw.coloaudit.model.log.LoginRecord;

/** A parse context for login-log tests: a system's file, a year bound and zone as the engine gives them. */
final class LogContext extends LineRecordingContext {

  LogContext(String file, String system, YearBound bound, ZoneId zone) {
    super(file, system, null, bound, zone);
  }

  static LogContext parse(EvidenceParser parser, String path, String text, String system) {
    return parse(parser, TextInput.of(path, text), system, null, TAIPEI);
  }

  static LogContext parse(EvidenceParser parser, EvidenceInput input, String system, YearBound bound, ZoneId zone) {
    LogContext ctx = new LogContext(input.path(), system, bound, zone);
    try {
      parser.parse(input, ctx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ctx;
  }

  /** A bound taken from a file name's date, as the engine gives it. */
  static YearBound named(LocalDate d) {
    return new YearBound(LocalDateTime.of(d, LocalTime.MAX), "file-name");
  }

  List<LoginRecord> logins() {
    return records(LoginRecord.class);
  }

  List<LogLine> lines() {
    return records(LogLine.class);
  }

  /** The warnings' messages in order. */
  List<String> warnings() {
    return warningMessages();
  }
}
