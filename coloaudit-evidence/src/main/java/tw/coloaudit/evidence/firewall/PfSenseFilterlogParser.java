package tw.coloaudit.evidence.firewall;

import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;

/**
 * Reads pfSense and OPNsense {@code filterlog} lines, in BSD syslog ({@code Sep 28 10:38:09
 * pfSense filterlog: 53,,,1000000301,em0,match,block,in,4,…}) or RFC 5424 ({@code <134>1
 * 2025-11-06T11:32:42+00:00 host filterlog 92653 - [meta …] 7,,,…}). The CSV holds the rule,
 * interface, reason, action ({@code pass} is accepted), direction and IP version, then the
 * addresses at positions that depend on the version.
 */
public final class PfSenseFilterlogParser extends SyslogFirewallParser {

  @Override
  public String format() {
    return "pfsense-filterlog";
  }

  @Override
  public boolean probe(Sample sample) {
    for (String l : sample.lines()) {
      if (l.contains("filterlog")) return true;
    }
    return false;
  }

  @Override
  Localized read(String line, SyslogHeader header, LogLine out, java.time.ZoneId zone) {
    if (header == null) return NO_HEADER;
    String msg = line.substring(header.msgStart);
    if (header.app == null || !header.app.startsWith("filterlog")) {
      int tag = msg.indexOf("filterlog");
      if (tag < 0) return Localized.of("不是 filterlog 日誌行", "not a filterlog line");
      int colon = msg.indexOf(':', tag);
      if (colon < 0) return Localized.of("filterlog 日誌行缺少 ':'", "filterlog line without its ':'");
      msg = msg.substring(colon + 1).strip();
    }
    String[] f = msg.split(",", -1);
    if (f.length < 9) {
      return Localized.of("filterlog CSV 只有 " + f.length + " 個欄位，少於 9 個", "filterlog CSV with " + f.length + " fields, fewer than 9");
    }
    String action = f[6];
    if (!action.equals("pass") && !action.equals("block") && !action.equals("reject") && !action.equals("match")) {
      return Localized.of(
          "filterlog 動作 '" + action + "' 不是 pass、block、reject 或 match", "filterlog action '" + action + "' is not pass, block, reject or match");
    }
    int src;
    if (f[8].equals("4")) {
      src = 18;
    } else if (f[8].equals("6")) {
      src = 15;
    } else {
      return Localized.of("filterlog IP 版本 '" + f[8] + "' 既不是 4 也不是 6", "filterlog IP version '" + f[8] + "' is neither 4 nor 6");
    }
    if (f.length <= src + 1) {
      return Localized.of("filterlog IPv" + f[8] + " 日誌行缺少位址", "filterlog IPv" + f[8] + " line without its addresses");
    }
    if (action.equals("pass")) {
      out.accepted = true;
      out.src = f[src];
      out.dst = f[src + 1];
    }
    return null;
  }
}
