package tw.coloaudit.evidence.log;

import java.util.List;
import tw.coloaudit.evidence.spi.EvidenceParser;

/** The login-log parsers, in the order their probes are tried. */
public final class LogParsers {

  /** The evidence kind every parser of this package serves. */
  public static final String KIND = "login-log";

  private LogParsers() {}

  public static List<EvidenceParser> all() {
    return List.of(new WindowsEventXmlParser(), new LastLoginParser(), new SyslogLoginParser(), new AppLoginCsvParser());
  }
}
