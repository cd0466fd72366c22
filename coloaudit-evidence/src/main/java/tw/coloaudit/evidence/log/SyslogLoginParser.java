package tw.coloaudit.evidence.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
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
    // First pass: the yearless timestamps in file order, for the year rule.
    YearlessDates years = new YearlessDates();
    try (BufferedReader r = input.openText()) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty()) continue;
        boolean yearless = line.charAt(0) == '<'
            ? h.read(line, clock).kind == SyslogHeader.Kind.YEARLESS
            : TimeText.bsd(line, 0, h.fields) > 0;
        if (yearless && validDay(h.fields)) {
          years.observe(h.fields[0], h.fields[1], java.time.LocalTime.of(h.fields[2], h.fields[3], Math.min(h.fields[4], 59)));
        }
      }
    }
    YearBound bound = ctx.yearBound();
    YearlessDates.Resolver resolver = years.isEmpty() ? null : years.resolver(bound);
    if (resolver != null && bound.guessed()) {
      ctx.warn(0, "timestamps carry no year and the file name gives no date: years counted back from the as-of date "
          + ctx.asOf().plusDays(1));
    }
    String fixedSystem = ctx.system();
    boolean warnedHost = false;
    boolean headerSeen = false;
    try (BufferedReader r = input.openText()) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        h.read(line, clock);
        Instant time;
        switch (h.kind) {
          case NONE -> {
            if (headerSeen) ctx.skipped(n);
            else ctx.rejected(n, "not a syslog line: no RFC 3164, RFC 5424 or ISO timestamp");
            continue;
          }
          case JOURNAL_META -> {
            ctx.skipped(n);
            continue;
          }
          case YEARLESS -> {
            int[] f = h.fields;
            if (!validDay(f)) {
              ctx.rejected(n, "no such date: month " + f[0] + " day " + f[1]);
              continue;
            }
            LocalDateTime ldt;
            try {
              ldt = resolver.next(f[0], f[1], java.time.LocalTime.of(f[2], f[3], Math.min(f[4], 59)));
            } catch (IllegalArgumentException e) {
              ctx.rejected(n, e.getMessage());
              continue;
            }
            time = clock.local(ldt.getYear(), ldt.getMonthValue(), ldt.getDayOfMonth(), f[2], f[3], Math.min(f[4], 59), 0);
          }
          default -> time = h.time;
        }
        headerSeen = true;
        String system = fixedSystem;
        if (h.hasHost()) {
          if (system == null) {
            system = line.substring(h.hostStart, h.hostEnd);
          } else if (!warnedHost && !sameHost(line, h, system)) {
            warnedHost = true;
            ctx.warn(n, "the line names host " + line.substring(h.hostStart, h.hostEnd) + " but the manifest entry says "
                + system + "; read as " + system);
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

  /** Whether month and day exist in some year (Feb 29 does); both passes leave out the same lines. */
  private static boolean validDay(int[] f) {
    return f[1] <= java.time.Month.of(f[0]).maxLength();
  }

  /** The host equals the system id, or its first label does (colo-gw-1.example.com.tw). */
  private static boolean sameHost(String line, SyslogHeader h, String system) {
    int len = h.hostEnd - h.hostStart;
    if (len == system.length() && line.regionMatches(true, h.hostStart, system, 0, len)) return true;
    int dot = line.indexOf('.', h.hostStart);
    return dot > 0 && dot < h.hostEnd && dot - h.hostStart == system.length()
        && line.regionMatches(true, h.hostStart, system, 0, system.length());
  }
}
