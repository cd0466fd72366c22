package tw.coloaudit.evidence.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.log.LogLine;
import tw.coloaudit.model.log.LoginRecord;

/**
 * Reads the output of {@code last} (plain, {@code -F}, {@code -i}, {@code -a}, {@code --time-format
 * iso} or {@code notime}). Entries other than reboot, shutdown and runlevel are login records
 * (every {@code last} entry is a successful login); the {@code … begins <date>} footer gives the
 * year of plain output, which lists the newest entry first. The source is the host column, else
 * the terminal of a local login.
 */
public final class LastLoginParser implements EvidenceParser {

  public static final String FORMAT = "last";

  private static final String DOW = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
  private static final String MON = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
  private static final Pattern ENTRY = Pattern.compile(
      "^(?<pre>\\S.*?)\\s+(?<ts>" + DOW + " (?<mon>" + MON + ") (?<day>[ \\d]\\d) (?<hm>\\d\\d:\\d\\d)(?::(?<s>\\d\\d) (?<y>\\d{4}))?"
          + "|(?<iso>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?))(?<post>.*)$");
  private static final Pattern FOOTER = Pattern.compile(
      "^\\S+ begins (?:" + DOW + " (?<mon>" + MON + ") (?<day>[ \\d]\\d) (?<hms>\\d\\d:\\d\\d:\\d\\d) (?<y>\\d{4})|(?<iso>\\d{4}-\\S+))\\s*$");
  private static final Pattern HARNESS = Pattern.compile("^~~~ .* ~~~$");
  private static final Pattern HOST_AFTER = Pattern.compile("\\)\\s+(\\S+)\\s*$");
  /** {@code utmpdump} text: [type] [pid] [id] [user] [line] [host] [ip] [time]. */
  private static final Pattern UTMPDUMP = Pattern.compile(
      "^\\[(\\d)\\] \\[[^]]*\\] \\[[^]]*\\] \\[([^]]*)\\] \\[([^]]*)\\] \\[([^]]*)\\] \\[([^]]*)\\] \\[([^]]*)\\]\\s*$");
  private static final Set<String> NOT_LOGINS = Set.of("reboot", "shutdown", "runlevel");

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
    for (String line : sample.lines()) {
      if (line.isBlank() || HARNESS.matcher(line).matches()) continue;
      if (FOOTER.matcher(line).matches() || UTMPDUMP.matcher(line).matches()) return true;
      Matcher m = ENTRY.matcher(line);
      // A syslog line also starts with a month or a date; a `last` line starts with a user name.
      return m.matches() && !line.startsWith(m.group("ts")) && !TimeText.digit(line, 0) && line.charAt(0) != '<';
    }
    return false;
  }

  /** One section of the output (util-linux's test files hold several, separated by {@code ~~~} lines). */
  private static final class Section {
    int rollovers;
    int lastMonth = -1;
    int oldestMonth;
    int oldestDay;
    int newestMonth;
    int newestDay;
    LocalDateTime footer;
    boolean yearless;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    // First pass: per section, the yearless entries' month changes (newest first) and the footer.
    List<Section> sections = new ArrayList<>();
    Section cur = new Section();
    sections.add(cur);
    try (BufferedReader r = input.openText()) {
      String line;
      while ((line = r.readLine()) != null) {
        if (HARNESS.matcher(line).matches()) {
          cur = new Section();
          sections.add(cur);
          continue;
        }
        Matcher f = FOOTER.matcher(line);
        if (f.matches()) {
          cur.footer = footer(f, ctx);
          continue;
        }
        Matcher m = ENTRY.matcher(line);
        if (m.matches() && m.group("mon") != null && m.group("y") == null) {
          int mo = TimeText.month(m.group("mon"), 0);
          if (cur.lastMonth > 0 && mo > cur.lastMonth) cur.rollovers++;
          cur.lastMonth = mo;
          cur.oldestMonth = mo;
          cur.oldestDay = Integer.parseInt(m.group("day").strip());
          if (!cur.yearless) {
            cur.newestMonth = mo;
            cur.newestDay = cur.oldestDay;
          }
          cur.yearless = true;
        }
      }
    }
    boolean warned = false;
    int sectionIndex = 0;
    cur = sections.get(0);
    int year = startYear(cur, ctx);
    int lastMonth = -1;
    LocalClock clock = new LocalClock(ctx.zone());
    Instant[] at = new Instant[1];
    try (BufferedReader r = input.openText()) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        if (HARNESS.matcher(line).matches()) {
          // util-linux test-harness separators, not `last` output.
          ctx.skipped(n);
          cur = sections.get(++sectionIndex);
          year = startYear(cur, ctx);
          lastMonth = -1;
          continue;
        }
        Matcher f = FOOTER.matcher(line);
        if (f.matches()) {
          if (cur.footer != null && ctx.system() != null) {
            ctx.emit(new LogLine(ctx.system(), cur.footer.atZone(ctx.zone()).toInstant(), ctx.line(n)));
          }
          ctx.skipped(n);
          continue;
        }
        Matcher u = UTMPDUMP.matcher(line);
        if (u.matches()) {
          utmpdump(u, n, ctx, clock);
          continue;
        }
        Matcher m = ENTRY.matcher(line);
        Instant time = null;
        String[] pre;
        String post;
        if (m.matches()) {
          pre = m.group("pre").strip().split("\\s+");
          post = m.group("post");
          try {
            if (m.group("iso") != null) {
              if (TimeText.iso(m.group("iso"), 0, clock, at) < 0) throw new DateTimeException("bad timestamp");
              time = at[0];
            } else {
              int mo = TimeText.month(m.group("mon"), 0);
              int day = Integer.parseInt(m.group("day").strip());
              String[] hm = m.group("hm").split(":");
              int sec = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
              int y;
              if (m.group("y") != null) {
                y = Integer.parseInt(m.group("y"));
              } else {
                if (cur.footer == null && !warned && ctx.yearBound().guessed()) {
                  warned = true;
                  ctx.warn(
                      n,
                      "`last` 一般格式的輸出沒有 `begins` 結尾行：年份自查核基準日往回推算",
                      "plain `last` output without a `begins` footer: years counted back from the as-of date");
                }
                if (lastMonth > 0 && mo > lastMonth) year--;
                lastMonth = mo;
                y = year;
              }
              LocalDateTime ldt = LocalDate.of(y, mo, day).atTime(Integer.parseInt(hm[0]), Integer.parseInt(hm[1]), sec);
              time = ldt.atZone(ctx.zone()).toInstant();
            }
          } catch (DateTimeException | NumberFormatException e) {
            ctx.rejected(n, "無法將 '" + m.group("ts") + "' 讀為登入時間", "unreadable login time: " + e.getMessage());
            continue;
          }
        } else {
          // --time-format notime: user, terminal, host and the duration only.
          pre = line.strip().split("\\s+");
          post = "";
          if (pre.length < 3) {
            ctx.rejected(n, "不是 `last` 輸出的紀錄", "not a `last` entry");
            continue;
          }
        }
        String user = pre[0];
        String system = ctx.system();
        if (NOT_LOGINS.contains(user)) {
          if (time != null && system != null) ctx.emit(new LogLine(system, time, ctx.line(n)));
          ctx.skipped(n);
          continue;
        }
        String tty = pre.length > 1 ? pre[1] : null;
        String host = pre.length > 2 ? String.join(" ", java.util.Arrays.copyOfRange(pre, 2, pre.length)) : null;
        if (!m.matches()) host = pre[2];
        if (host == null) {
          Matcher a = HOST_AFTER.matcher(post);
          if (a.find()) host = a.group(1);
        }
        String origin = host != null && !host.isBlank() ? host : tty;
        ctx.emit(new LoginRecord(system, user, time, origin, true, null, "last", ctx.line(n)));
        ctx.used(n);
      }
    }
  }

  /** A utmpdump record: USER_PROCESS (type 7) is a login; every other type counts for retention only. */
  private static void utmpdump(Matcher u, int n, ParseContext ctx, LocalClock clock) {
    Instant[] at = new Instant[1];
    if (TimeText.iso(u.group(6).strip(), 0, clock, at) < 0) {
      ctx.rejected(n, "無法讀取 utmpdump 時間：" + u.group(6), "unreadable utmpdump time: " + u.group(6));
      return;
    }
    if (!u.group(1).equals("7")) {
      if (ctx.system() != null) ctx.emit(new LogLine(ctx.system(), at[0], ctx.line(n)));
      ctx.skipped(n);
      return;
    }
    String user = u.group(2).strip();
    String host = u.group(4).strip();
    String ip = u.group(5).strip();
    String origin = !host.isEmpty() ? host : !ip.isEmpty() && !ip.equals("0.0.0.0") ? ip : u.group(3).strip();
    ctx.emit(new LoginRecord(ctx.system(), user.isEmpty() ? null : user, at[0], origin.isEmpty() ? null : origin, true, null,
        "last", ctx.line(n)));
    ctx.used(n);
  }

  private static LocalDateTime footer(Matcher f, ParseContext ctx) {
    try {
      if (f.group("iso") != null) {
        Instant[] at = new Instant[1];
        if (TimeText.iso(f.group("iso"), 0, new LocalClock(ctx.zone()), at) < 0) return null;
        return LocalDateTime.ofInstant(at[0], ctx.zone());
      }
      return LocalDate.of(Integer.parseInt(f.group("y")), TimeText.month(f.group("mon"), 0), Integer.parseInt(f.group("day").strip()))
          .atTime(LocalTime.parse(f.group("hms")));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * The year of a section's first (newest) yearless entry: from the footer, the oldest entry
   * takes the footer's year (or the next, if its day comes before the footer's), and each month
   * jump counted going up adds a year; without a footer, the file's year bound.
   */
  private static int startYear(Section s, ParseContext ctx) {
    if (s.footer != null && s.yearless) {
      int oldest = s.footer.getYear();
      if (s.oldestMonth < s.footer.getMonthValue()
          || (s.oldestMonth == s.footer.getMonthValue() && s.oldestDay < s.footer.getDayOfMonth())) {
        oldest++;
      }
      return oldest + s.rollovers;
    }
    LocalDateTime bound = ctx.yearBound().latest();
    int year = bound.getYear();
    if (s.yearless && (s.newestMonth > bound.getMonthValue()
        || (s.newestMonth == bound.getMonthValue() && s.newestDay > bound.getDayOfMonth()))) {
      year--;
    }
    return year;
  }
}
