package tw.coloaudit.evidence.firewall;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;

/**
 * Reads Cisco ASA (and PIX, FWSM, FTD) syslog: {@code <166>Jan  5 08:52:35 10.22.8.216
 * %ASA-6-302013: Built inbound TCP connection …}. Accepted traffic is a {@code Built … connection}
 * message (302013, 302015, 302020 …): inbound, the source is the {@code for} side; outbound, the
 * {@code to} side (ICMP: {@code faddr} and {@code laddr}).
 */
public final class CiscoAsaLogParser extends SyslogFirewallParser {

  private static final Pattern TAG = Pattern.compile("%(ASA|PIX|FWSM|FTD)-(\\d)-(\\d{6}):?");
  private static final Pattern BUILT = Pattern.compile(
      "Built (inbound|outbound) \\S+ connection (?:\\d+ )?for [^:\\s]+:([^/\\s]+)/\\S+.*? to [^:\\s]+:([^/\\s]+)/");
  private static final Pattern BUILT_ICMP = Pattern.compile(
      "Built (inbound|outbound) \\S+ connection for faddr ([^/\\s]+)/\\S+ gaddr \\S+ laddr ([^/\\s]+)/");
  private static final Localized NO_TAG =
      Localized.of("不是 Cisco ASA 訊息：沒有 %ASA-n-nnnnnn 標記", "not a Cisco ASA message: no %ASA-n-nnnnnn tag");
  private static final Localized NO_ADDRESSES =
      Localized.of("Built connection 訊息缺少位址", "Built connection message without its addresses");

  @Override
  public String format() {
    return "cisco-asa";
  }

  @Override
  public boolean probe(Sample sample) {
    for (String l : sample.lines()) {
      if (TAG.matcher(l).find()) return true;
    }
    return false;
  }

  @Override
  Localized read(String line, SyslogHeader header, LogLine out, java.time.ZoneId zone) {
    if (header == null) return NO_HEADER;
    Matcher tag = TAG.matcher(line);
    if (!tag.find(header.msgStart)) return NO_TAG;
    String msg = line.substring(tag.end()).strip();
    if (msg.startsWith("Built ") && msg.contains(" connection ")) {
      Matcher m = BUILT_ICMP.matcher(msg);
      boolean icmp = m.lookingAt();
      if (!icmp) {
        m = BUILT.matcher(msg);
        if (!m.lookingAt()) return NO_ADDRESSES;
      }
      boolean inbound = m.group(1).equals("inbound");
      // group 2 is the foreign (for/faddr) side, group 3 the local (to/laddr) side.
      out.accepted = true;
      out.src = inbound ? m.group(2) : m.group(3);
      out.dst = inbound ? m.group(3) : m.group(2);
    }
    return null;
  }
}
