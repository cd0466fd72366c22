package tw.coloaudit.evidence.vuln;

import java.util.List;
import tw.coloaudit.evidence.spi.EvidenceParser;

/** The vulnerability-scan parsers of this package: Nessus v2, OpenVAS/Greenbone XML and scan CSV. */
public final class VulnParsers {

  private VulnParsers() {}

  public static List<EvidenceParser> all() {
    return List.of(new NessusXmlScanParser(), new OpenVasXmlScanParser(), new ScanCsvParser());
  }
}
