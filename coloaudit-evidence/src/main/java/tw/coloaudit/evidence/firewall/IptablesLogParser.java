package tw.coloaudit.evidence.firewall;

import java.util.Locale;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;

/**
 * Reads netfilter (iptables or nftables) kernel log lines:
 * {@code Jun  8 14:34:33 host kernel: [uptime] PREFIX IN=eth0 OUT= … SRC=… DST=… PROTO=TCP … DPT=…}.
 * A line is accepted traffic when its log prefix says ACCEPT, ALLOW or PASS.
 */
public final class IptablesLogParser extends SyslogFirewallParser {

  @Override
  public String format() {
    return "iptables-log";
  }

  @Override
  public boolean probe(Sample sample) {
    for (String l : sample.lines()) {
      if (l.contains(" IN=") && l.contains(" OUT=") && l.contains(" SRC=")) return true;
    }
    return false;
  }

  @Override
  Localized read(String line, SyslogHeader header, LogLine out, java.time.ZoneId zone) {
    if (header == null) return NO_HEADER;
    String msg = line.substring(header.msgStart);
    int in = msg.startsWith("IN=") ? 0 : msg.indexOf(" IN=");
    if (in < 0) return Localized.of("不是 netfilter 日誌行：沒有 IN= 欄位", "not a netfilter log line: no IN= field");
    String iface = field(msg, "IN=");
    if (iface != null && !iface.matches("[A-Za-z0-9_.:@-]*")) return Localized.of("IN= 的值不是介面名稱", "IN= holds no interface name");
    if (field(msg, "OUT=") == null) return Localized.of("不是 netfilter 日誌行：沒有 OUT= 欄位", "not a netfilter log line: no OUT= field");
    String src = field(msg, "SRC=");
    String dst = field(msg, "DST=");
    if (src == null || dst == null || src.isEmpty() || dst.isEmpty()) {
      return Localized.of("netfilter 日誌行缺少 SRC= 與 DST=", "netfilter line without SRC= and DST=");
    }
    String prefix = prefix(msg, in);
    String p = prefix.toUpperCase(Locale.ROOT);
    out.accepted = p.contains("ACCEPT") || p.contains("ALLOW") || p.contains("PASS");
    if (out.accepted) {
      out.src = src;
      out.dst = dst;
    }
    return null;
  }

  /** The text between the tag ({@code kernel:} and the uptime in brackets) and {@code IN=}. */
  private static String prefix(String msg, int in) {
    String before = msg.substring(0, in);
    int tag = before.indexOf("kernel:");
    if (tag >= 0) before = before.substring(tag + "kernel:".length());
    before = before.strip();
    // The kernel's uptime stamp, not a log prefix such as UFW's "[UFW ALLOW]".
    if (before.startsWith("[")) {
      int close = before.indexOf(']');
      if (close > 0 && before.substring(1, close).strip().matches("[0-9.]+")) before = before.substring(close + 1);
    }
    return before.strip();
  }
}
