package tw.coloaudit.evidence.firewall;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;

/**
 * Reads Palo Alto PAN-OS syslog CSV (TRAFFIC, THREAT and the other log types), with or without a
 * syslog header: {@code 1,2015/01/05 12:51:33,0011C103117,TRAFFIC,end,1,…,src,dst,…,allow,…}.
 * The time is the receive time (field 2, the firewall's local time, in the manifest timezone);
 * the device is the syslog host, else the serial number; accepted traffic is a TRAFFIC line
 * whose action (field 31) is {@code allow}.
 */
public final class PanOsLogParser extends SyslogFirewallParser {

  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z-]+");
  private static final Pattern PROBE =
      Pattern.compile("(^|[ ,])\\d*,\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2},[^,]*,(TRAFFIC|THREAT|SYSTEM|CONFIG|[A-Z]+),");

  @Override
  public String format() {
    return "panos";
  }

  @Override
  public boolean probe(Sample sample) {
    for (String l : sample.lines()) {
      if (PROBE.matcher(l).find()) return true;
    }
    return false;
  }

  @Override
  Localized read(String line, SyslogHeader header, LogLine out, java.time.ZoneId zone) {
    String msg = header == null ? line.strip() : line.substring(header.msgStart);
    List<String> f = csv(msg);
    if (f.size() < 9) {
      return Localized.of("PAN-OS CSV 只有 " + f.size() + " 個欄位，少於 9 個", "PAN-OS CSV with " + f.size() + " fields, fewer than 9");
    }
    if (!TYPE.matcher(f.get(3)).matches()) {
      return Localized.of(
          "PAN-OS 日誌類型 '" + f.get(3) + "' 不是有效的類型名稱", "PAN-OS log type '" + f.get(3) + "' is not a type name");
    }
    String received = f.get(1);
    try {
      out.time = parseTime(received).atZone(zone).toInstant();
    } catch (DateTimeException | IndexOutOfBoundsException | NumberFormatException e) {
      return Localized.of(
          "PAN-OS 接收時間 '" + received + "' 不是 yyyy/MM/dd HH:mm:ss 格式",
          "PAN-OS receive time '" + received + "' is not yyyy/MM/dd HH:mm:ss");
    }
    if (out.device == null && !f.get(2).isEmpty()) out.device = f.get(2);
    if (f.get(3).equals("TRAFFIC")) {
      if (f.size() < 31) {
        return Localized.of(
            "PAN-OS TRAFFIC 日誌行只有 " + f.size() + " 個欄位，少於 31 個", "PAN-OS TRAFFIC line with " + f.size() + " fields, fewer than 31");
      }
      if (f.get(30).equals("allow")) {
        out.accepted = true;
        out.src = f.get(7);
        out.dst = f.get(8);
      }
    }
    return null;
  }

  private static LocalDateTime parseTime(String t) {
    if (t.length() != 19 || t.charAt(4) != '/' || t.charAt(7) != '/' || t.charAt(10) != ' ') {
      throw new DateTimeException(t);
    }
    return LocalDateTime.of(
        Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)), Integer.parseInt(t.substring(8, 10)),
        Integer.parseInt(t.substring(11, 13)), Integer.parseInt(t.substring(14, 16)), Integer.parseInt(t.substring(17, 19)));
  }

  /** Fields of one CSV record: commas outside double quotes separate, {@code ""} is a quote. */
  static List<String> csv(String s) {
    List<String> out = new ArrayList<>(64);
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString().strip());
    return out;
  }
}
