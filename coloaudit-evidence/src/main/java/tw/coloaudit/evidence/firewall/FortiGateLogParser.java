package tw.coloaudit.evidence.firewall;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Set;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.firewall.FirewallLogLine;
import tw.coloaudit.model.firewall.FirewallLogReject;

/**
 * Reads FortiGate (FortiOS) {@code key=value} logs, traffic and event alike, with or without a
 * syslog header in front: {@code date=2024-10-14 time=13:46:40 tz="-0700" devname="FGT-1"
 * type="traffic" … srcip=… dstip=… action="accept"}. The time is {@code date} and {@code time} in
 * {@code tz} when given, else in the manifest timezone; the device is {@code devname} (else
 * {@code devid}); accepted traffic is {@code type=traffic} with {@code action} accept, close,
 * timeout, server-rst or client-rst. Addresses are decoded only for Internet sources, the only
 * ones a control reads.
 */
public final class FortiGateLogParser implements EvidenceParser {

  private static final Localized NOT_FORTIGATE = Localized.of(
      "不是 FortiGate key=value 日誌行：沒有 date=yyyy-mm-dd 與 time=hh:mm:ss",
      "not a FortiGate key=value line: no date=yyyy-mm-dd and time=hh:mm:ss");
  private static final Localized OUT_OF_RANGE = Localized.of("FortiGate 日期或時間超出範圍", "FortiGate date or time out of range");

  @Override
  public String format() {
    return "fortigate";
  }

  @Override
  public Set<String> kinds() {
    return Set.of(SyslogFirewallParser.KIND);
  }

  @Override
  public boolean probe(Sample sample) {
    for (String l : sample.lines()) {
      if (l.contains("date=") && l.contains("time=") && (l.contains("logid=") || l.contains("devname=") || l.contains("type="))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    DeviceNames devices = new DeviceNames(ctx, input.fileName());
    FortiGateFields f = new FortiGateFields();
    ZoneRules rules = ctx.zone().getRules();
    long cachedHourKey = Long.MIN_VALUE;
    long cachedHourEpoch = 0;
    byte[] lastDev = new byte[0];
    String lastDevName = null;
    Instant last = null;
    String lastDevice = devices.declared();
    try (LogLineScanner s = new LogLineScanner(input.openBytes())) {
      while (s.next()) {
        if (s.blank()) continue;
        int n = s.number();
        byte[] b = s.buf();
        if (s.overlong() || !f.scan(b, s.start(), s.end())) {
          ctx.rejected(n, s.overlong() ? LogLineScanner.OVERLONG : NOT_FORTIGATE);
          ctx.emit(new FirewallLogReject(lastDevice != null ? lastDevice : devices.of(null, n), last));
          continue;
        }
        int d = f.dateStart;
        int t = f.timeStart;
        int year = FortiGateFields.num(b, d, 4);
        int month = FortiGateFields.num(b, d + 5, 2);
        int day = FortiGateFields.num(b, d + 8, 2);
        int hour = FortiGateFields.num(b, t, 2);
        int minute = FortiGateFields.num(b, t + 3, 2);
        int second = FortiGateFields.num(b, t + 6, 2);
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 60) {
          ctx.rejected(n, OUT_OF_RANGE);
          ctx.emit(new FirewallLogReject(lastDevice != null ? lastDevice : devices.of(null, n), last));
          continue;
        }
        int offset = tzOffset(b, f);
        long hourKey = ((((long) year * 16 + month) * 32 + day) * 24 + hour) * 100_000L + (offset == NO_TZ ? 99_999 : offset + 50_000);
        if (hourKey != cachedHourKey) {
          long localEpoch = epochDay(year, month, day) * 86_400L + hour * 3600L;
          long off = offset != NO_TZ
              ? offset
              : rules.getOffset(LocalDateTime.of(year, month, day, hour, 0)).getTotalSeconds();
          cachedHourEpoch = localEpoch - off;
          cachedHourKey = hourKey;
        }
        Instant time = Instant.ofEpochSecond(cachedHourEpoch + minute * 60L + second);

        String inLine = null;
        int ds = f.devStart >= 0 ? f.devStart : f.devidStart;
        int de = f.devStart >= 0 ? f.devEnd : f.devidEnd;
        if (ds >= 0 && de > ds) {
          if (!same(b, ds, de, lastDev)) {
            lastDev = java.util.Arrays.copyOfRange(b, ds, de);
            lastDevName = new String(lastDev, StandardCharsets.UTF_8);
          }
          inLine = lastDevName;
        }
        String device = devices.of(inLine, n);

        boolean accepted = f.typeStart >= 0 && FortiGateFields.equals(b, f.typeStart, f.typeEnd, "traffic") && f.actionStart >= 0
            && acceptedAction(b, f.actionStart, f.actionEnd);
        String src = null;
        String dst = null;
        if (accepted && f.srcStart >= 0 && f.dstStart >= 0 && !FortiGateFields.privateV4(b, f.srcStart, f.srcEnd)) {
          src = new String(b, f.srcStart, f.srcEnd - f.srcStart, StandardCharsets.UTF_8);
          dst = new String(b, f.dstStart, f.dstEnd - f.dstStart, StandardCharsets.UTF_8);
        }
        ctx.emit(new FirewallLogLine(device, time, accepted, src, dst, ctx.line(n)));
        ctx.used(n);
        last = time;
        lastDevice = device;
      }
    }
  }

  private static final int NO_TZ = Integer.MIN_VALUE;

  /** {@code tz="+0800"} (or {@code +08:00}) as seconds east of UTC, or {@link #NO_TZ}. */
  private static int tzOffset(byte[] b, FortiGateFields f) {
    if (f.tzStart < 0) return NO_TZ;
    int s = f.tzStart;
    int len = f.tzEnd - s;
    if (len == 5 || len == 6) {
      byte sign = b[s];
      if (sign != '+' && sign != '-') return NO_TZ;
      int h = FortiGateFields.num(b, s + 1, 2);
      int m = FortiGateFields.num(b, s + (len == 6 ? 4 : 3), 2);
      if (h > 18 || m > 59) return NO_TZ;
      int secs = h * 3600 + m * 60;
      return sign == '-' ? -secs : secs;
    }
    return NO_TZ;
  }

  private static boolean acceptedAction(byte[] b, int s, int e) {
    return FortiGateFields.equals(b, s, e, "accept")
        || FortiGateFields.equals(b, s, e, "close")
        || FortiGateFields.equals(b, s, e, "timeout")
        || FortiGateFields.equals(b, s, e, "server-rst")
        || FortiGateFields.equals(b, s, e, "client-rst");
  }

  private static boolean same(byte[] b, int s, int e, byte[] last) {
    if (e - s != last.length) return false;
    for (int i = 0; i < last.length; i++) if (b[s + i] != last[i]) return false;
    return true;
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days from 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse). */
  static long epochDay(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }
}
