package tw.coloaudit.evidence.firewall;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.text.YearlessDates;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.firewall.FirewallLogLine;
import tw.coloaudit.model.firewall.FirewallLogReject;

/**
 * The frame of the firewall log formats that come through syslog: lines with a syslog header
 * whose message each format reads. Yearless (RFC 3164) stamps get their year from the file's
 * bound in two passes ({@link YearlessDates}); every timestamped line of the format is used (it
 * counts for retention), anything else is rejected with the reason and counted against its
 * device's hour.
 */
abstract class SyslogFirewallParser implements EvidenceParser {

  static final String KIND = "firewall-log";

  /** Why a line with no syslog header is rejected, by the formats that need one. */
  static final Localized NO_HEADER = Localized.of("沒有含時間戳記的 syslog 標頭", "no syslog header with a timestamp");

  private static final Localized NO_TIMESTAMP = Localized.of("沒有時間戳記", "no timestamp");

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  /**
   * Reads the message of one line into {@code out} (time, when the message carries its own; the
   * device named in it; accepted connection and its addresses). Returns null when the line is
   * one of this format, else the reason to reject it.
   */
  abstract Localized read(String line, SyslogHeader header, LogLine out, java.time.ZoneId zone);

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    YearlessDates years = new YearlessDates();
    try (LogLineScanner s = new LogLineScanner(input.openBytes())) {
      while (s.next()) {
        if (s.blank() || s.overlong()) continue;
        SyslogHeader h = SyslogHeader.parse(s.text(), ctx.zone());
        if (h != null && h.yearless()) years.observe(h.month, h.day, h.time);
      }
    }
    YearlessDates.Resolver resolver = years.resolver(ctx.yearBound());
    if (!years.isEmpty() && ctx.yearBound().guessed()) {
      ctx.warn(
          0,
          "時間戳記未含年份，且檔名與較新的輪替檔皆無法界定其範圍：年份自查核基準日往前推算",
          "timestamps carry no year and neither the file name nor a newer rotated file bounds them: years "
              + "are counted back from the as-of date");
    }
    DeviceNames devices = new DeviceNames(ctx, input.fileName());
    LogLine out = new LogLine();
    Instant last = null;
    String lastDevice = devices.declared();
    try (LogLineScanner s = new LogLineScanner(input.openBytes())) {
      while (s.next()) {
        int n = s.number();
        if (s.blank()) continue;
        Localized reason;
        out.clear();
        if (s.overlong()) {
          reason = LogLineScanner.OVERLONG;
        } else {
          String text = s.text();
          SyslogHeader h = SyslogHeader.parse(text, ctx.zone());
          if (h != null) {
            if (h.yearless()) {
              try {
                LocalDateTime at = resolver.next(h.month, h.day, h.time);
                out.time = at.atZone(ctx.zone()).toInstant();
              } catch (IllegalArgumentException e) {
                out.time = null;
              }
            } else {
              out.time = h.instant;
            }
            out.device = h.host;
          }
          reason = read(text, h, out, ctx.zone());
          if (reason == null && out.time == null) reason = NO_TIMESTAMP;
        }
        if (reason != null) {
          ctx.rejected(n, reason);
          String device = lastDevice != null ? lastDevice : devices.of(null, n);
          ctx.emit(new FirewallLogReject(device, last));
          continue;
        }
        String device = devices.of(out.device, n);
        ctx.emit(new FirewallLogLine(device, out.time, out.accepted, out.src, out.dst, ctx.line(n)));
        ctx.used(n);
        last = out.time;
        lastDevice = device;
      }
    }
  }

  /** The value of {@code key=} in a space-separated run of pairs, or null. */
  static String field(String msg, String key) {
    int i = -1;
    for (; ; ) {
      i = msg.indexOf(key, i + 1);
      if (i < 0) return null;
      if (i == 0 || msg.charAt(i - 1) == ' ') break;
    }
    int from = i + key.length();
    int to = msg.indexOf(' ', from);
    return msg.substring(from, to < 0 ? msg.length() : to);
  }
}
