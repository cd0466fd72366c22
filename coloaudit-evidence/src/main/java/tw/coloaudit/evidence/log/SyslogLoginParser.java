package tw.coloaudit.evidence.log;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.evidence.spi.YearBound;
import tw.coloaudit.evidence.text.YearlessDates;
import tw.coloaudit.model.log.LogLine;
import tw.coloaudit.model.log.LoginRecord;

/**
 * Reads sshd login records from syslog files ({@code auth.log}, {@code secure}, journald
 * {@code short-iso}) in RFC 3164, RFC 5424 or ISO-timestamp form. sshd Accepted/Failed/Invalid
 * user lines are used; every other timestamped line is skipped but handed on for retention;
 * lines without a header continue a multi-line message and are skipped.
 */
public final class SyslogLoginParser implements EvidenceParser {

  public static final String FORMAT = "syslog";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(LogParsers.KIND);
  }

  @Override
  public boolean probe(Sample sample) {
    if (sample.isZipLike()) return false;
    SyslogHeader h = new SyslogHeader();
    LocalClock clock = new LocalClock(java.time.ZoneOffset.UTC);
    for (String line : sample.lines()) {
      if (line.isBlank()) continue;
      h.read(line, clock);
      if (h.kind == SyslogHeader.Kind.JOURNAL_META) continue;
      if (h.kind == SyslogHeader.Kind.NONE) return false;
      // `last --time-format iso` also starts lines with a timestamp-free user name; a syslog
      // line needs a host and a program after its timestamp.
      if (h.kind == SyslogHeader.Kind.YEARLESS || h.kind == SyslogHeader.Kind.DATED) {
        if (line.length() <= h.msgStart && !h.hasHost()) return false;
      }
      return true;
    }
    return false;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    LocalClock clock = new LocalClock(ctx.zone());
    SyslogHeader h = new SyslogHeader();
    boolean utf8 = StandardCharsets.UTF_8.equals(input.charset());
    int cap = ctx.limits().maxLineChars() + 1;
    // First pass: the yearless timestamps in file order, for the year rule. Over UTF-8 bytes
    // nothing is decoded: the RFC 3164 timestamp sits at a fixed offset and is plain ASCII.
    YearlessDates years = new YearlessDates();
    try (Lines r = open(input, utf8, cap)) {
      while (r.next()) {
        if (r.empty()) continue;
        boolean yearless = r.first() == '<'
            ? h.read(r.text(), clock).kind == SyslogHeader.Kind.YEARLESS
            : r.bsd(h.fields);
        if (yearless && validDay(h.fields)) {
          years.observe(h.fields[0], h.fields[1], h.fields[2], h.fields[3], Math.min(h.fields[4], 59));
        }
      }
    }
    YearBound bound = ctx.yearBound();
    YearlessDates.Resolver resolver = years.isEmpty() ? null : years.resolver(bound);
    if (resolver != null && bound.guessed()) {
      ctx.warn(
          0,
          "時間戳記沒有年份，檔名也未提供日期：年份自查核基準日 " + ctx.asOf().plusDays(1) + " 往回推算",
          "timestamps carry no year and the file name gives no date: years counted back from the as-of date "
              + ctx.asOf().plusDays(1));
    }
    String fixedSystem = ctx.system();
    boolean warnedHost = false;
    boolean headerSeen = false;
    String lastHost = null;
    try (Lines r = open(input, utf8, cap)) {
      while (r.next()) {
        int n = r.number();
        String line = r.text();
        if (line.isBlank()) continue;
        h.read(line, clock);
        Instant time;
        switch (h.kind) {
          case NONE -> {
            if (headerSeen) ctx.skipped(n);
            else ctx.rejected(n, "不是 syslog 格式的行：沒有 RFC 3164、RFC 5424 或 ISO 時間戳記",
                "not a syslog line: no RFC 3164, RFC 5424 or ISO timestamp");
            continue;
          }
          case JOURNAL_META -> {
            ctx.skipped(n);
            continue;
          }
          case YEARLESS -> {
            int[] f = h.fields;
            if (!validDay(f)) {
              ctx.rejected(n, YearlessDates.noSuchDate(f[0], f[1]));
              continue;
            }
            int year = resolver.year(f[0]);
            // Feb 29 in a year without one is read as Feb 28, as the year rule says.
            int day = f[0] == 2 && f[1] == 29 && !java.time.Year.isLeap(year) ? 28 : f[1];
            time = clock.local(year, f[0], day, f[2], f[3], Math.min(f[4], 59), 0);
          }
          default -> time = h.time;
        }
        headerSeen = true;
        String system = fixedSystem;
        if (h.hasHost()) {
          if (system == null) {
            // One host names a file's lines: share its string rather than copy it per line.
            int len = h.hostEnd - h.hostStart;
            if (lastHost == null || lastHost.length() != len || !line.regionMatches(h.hostStart, lastHost, 0, len)) {
              lastHost = line.substring(h.hostStart, h.hostEnd);
            }
            system = lastHost;
          } else if (!warnedHost && !sameHost(line, h, system)) {
            warnedHost = true;
            String host = line.substring(h.hostStart, h.hostEnd);
            ctx.warn(
                n,
                "此行的主機為 " + host + "，但清單項目指定 " + system + "；以 " + system + " 讀取",
                "the line names host " + host + " but the manifest entry says " + system + "; read as " + system);
          }
        }
        SshdMessages.Attempt a = h.isSshd(line) ? SshdMessages.read(line, h.msgStart) : null;
        if (a != null) {
          ctx.emit(new LoginRecord(system, a.user(), time, a.origin(), a.success(), null, "sshd", ctx.line(n)));
          ctx.used(n);
        } else {
          if (time != null) ctx.emit(new LogLine(system, time, ctx.line(n)));
          ctx.skipped(n);
        }
      }
    }
  }

  /** UTF-8 files are split over bytes; other encodings are decoded by the capped text reader. */
  private static Lines open(EvidenceInput input, boolean utf8, int cap) throws IOException {
    if (!utf8) return new ReaderLines(input.openText());
    InputStream in = new BufferedInputStream(input.openBytes(), 4);
    in.mark(3);
    if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) in.reset();
    return new ByteLines(new Utf8Lines(in, cap));
  }

  /** The physical lines of one pass, from bytes or from decoded text. */
  private interface Lines extends java.io.Closeable {
    boolean next() throws IOException;

    int number();

    boolean empty();

    /** The first character (as a byte for UTF-8 input); only when not {@link #empty()}. */
    int first();

    String text();

    /** {@link TimeText#bsd} at the start of the line: whether it holds an RFC 3164 timestamp. */
    boolean bsd(int[] fields);
  }

  private static final class ByteLines implements Lines {
    private final Utf8Lines lines;

    ByteLines(Utf8Lines lines) {
      this.lines = lines;
    }

    @Override
    public boolean next() throws IOException {
      return lines.next();
    }

    @Override
    public int number() {
      return lines.number();
    }

    @Override
    public boolean empty() {
      return lines.start() == lines.end();
    }

    @Override
    public int first() {
      return lines.buf()[lines.start()];
    }

    @Override
    public String text() {
      return lines.text();
    }

    @Override
    public boolean bsd(int[] fields) {
      return TimeText.bsd(lines.buf(), lines.start(), lines.end(), fields) > 0;
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }

  private static final class ReaderLines implements Lines {
    private final BufferedReader in;
    private String line;
    private int number;

    ReaderLines(BufferedReader in) {
      this.in = in;
    }

    @Override
    public boolean next() throws IOException {
      line = in.readLine();
      if (line == null) return false;
      number++;
      return true;
    }

    @Override
    public int number() {
      return number;
    }

    @Override
    public boolean empty() {
      return line.isEmpty();
    }

    @Override
    public int first() {
      return line.charAt(0);
    }

    @Override
    public String text() {
      return line;
    }

    @Override
    public boolean bsd(int[] fields) {
      return TimeText.bsd(line, 0, fields) > 0;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Whether month and day exist in some year (Feb 29 does); both passes leave out the same lines. */
  private static boolean validDay(int[] f) {
    return f[1] <= java.time.Month.of(f[0]).maxLength();
  }

  /** The host equals the system id, or its first label does (colo-gw-1.example.com.tw). */
  private static boolean sameHost(String line, SyslogHeader h, String system) {
    int len = h.hostEnd - h.hostStart;
    if (len == system.length() && line.regionMatches(h.hostStart, system, 0, len)) return true;
    if (len == system.length() && line.regionMatches(true, h.hostStart, system, 0, len)) return true;
    int dot = line.indexOf('.', h.hostStart);
    return dot > 0 && dot < h.hostEnd && dot - h.hostStart == system.length()
        && line.regionMatches(true, h.hostStart, system, 0, system.length());
  }
}
