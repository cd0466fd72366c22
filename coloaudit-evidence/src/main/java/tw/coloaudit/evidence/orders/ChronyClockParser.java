package tw.coloaudit.evidence.orders;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.orders.ClockSample;

/**
 * chrony's {@code tracking.log} (offset in column 7) and {@code measurements.log} (offset in
 * column 12), in seconds, with UTC times; header and ruler lines are skipped. The host is the
 * manifest entry's {@code system} (or {@code device}).
 */
public final class ChronyClockParser implements EvidenceParser {

  @Override
  public String format() {
    return "chrony";
  }

  @Override
  public Set<String> kinds() {
    return Set.of("clock-sync");
  }

  @Override
  public boolean probe(Sample sample) {
    if (sample.isZipLike()) return false;
    for (String l : sample.lines()) {
      if (l.contains("Date (UTC) Time") || l.startsWith("====")) return true;
      if (l.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\S+\\s+.*e[+-]\\d+.*")) return true;
    }
    return false;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    String host = ctx.system() != null ? ctx.system() : ctx.device();
    int offsetColumn = -1;
    try (BufferedReader r = input.openText()) {
      String l;
      int n = 0;
      while ((l = r.readLine()) != null) {
        n++;
        if (l.isBlank()) continue;
        String s = l.strip();
        if (s.startsWith("Date (UTC)")) {
          offsetColumn = s.contains("Freq ppm") ? 6 : s.contains("Peer del.") ? 11 : offsetColumn;
          ctx.skipped(n);
          continue;
        }
        if (s.startsWith("===")) {
          ctx.skipped(n);
          continue;
        }
        String[] f = s.split("\\s+");
        int col = offsetColumn >= 0 ? offsetColumn : (f.length >= 13 && f[3].matches("[A-Za-z]") ? 11 : 6);
        if (f.length <= col) {
          ctx.rejected(n, "chrony 日誌行的欄位數不足", "too few columns for a chrony log line");
          continue;
        }
        if (host == null) {
          ctx.rejected(n, "缺少主機：清單中此檔案的項目未指定 system 或 device", "no host: the manifest entry names no system or device");
          continue;
        }
        try {
          var t = LocalDateTime.parse(f[0] + "T" + f[1]).toInstant(ZoneOffset.UTC);
          double seconds = Double.parseDouble(f[col]);
          ctx.emit(new ClockSample(host, t, seconds * 1_000_000.0, ctx.line(n)));
          ctx.used(n);
        } catch (DateTimeParseException | NumberFormatException e) {
          ctx.rejected(n, "無法讀取 chrony 日誌行的時間或偏移量", "cannot read the time or offset of a chrony log line");
        }
      }
    }
  }
}
