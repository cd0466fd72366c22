package tw.coloaudit.evidence.account;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.account.PolicySetting;

/**
 * Reads {@code /etc/security/pwquality.conf}: {@code minlen} as the minimum length, and
 * {@code minclass} with the {@code dcredit}/{@code ucredit}/{@code lcredit}/{@code ocredit}
 * settings as one minimum number of character classes (the larger of {@code minclass} and the
 * number of negative credits, since a negative credit demands that class).
 */
public final class PwqualityPolicyParser implements EvidenceParser {

  // Matched on a stripped line, so the value is greedy: a lazy value followed by \s* backtracks
  // quadratically over a long run of spaces inside a hostile line.
  private static final Pattern SETTING =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(?:=\\s*(.*))?");
  private static final Pattern PROBE =
      Pattern.compile("\\s*#?\\s*(minlen|minclass|dcredit|ucredit|lcredit|ocredit|maxrepeat"
          + "|maxclassrepeat|dictcheck|usercheck|enforce_for_root)\\b.*");
  private static final Set<String> CREDITS = Set.of("dcredit", "ucredit", "lcredit", "ocredit");

  @Override
  public String format() {
    return "pwquality";
  }

  @Override
  public Set<String> kinds() {
    return Set.of("password-policy");
  }

  @Override
  public boolean probe(Sample sample) {
    if (AccountLines.nameIs(sample.fileName(), "pwquality")
        || AccountLines.nameIs(sample.fileName(), "pwquality.conf")) {
      return true;
    }
    int hits = 0;
    for (String l : sample.lines()) {
      if (PROBE.matcher(l).matches()) hits++;
    }
    return hits >= 2;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    LastWins values = new LastWins(Localized.of("pwquality.conf", "pwquality.conf"));
    AccountLines.forEach(input, ctx, (n, line) -> {
      String t = line.strip();
      if (t.startsWith("#")) {
        ctx.skipped(n);
        return;
      }
      Matcher m = SETTING.matcher(t);
      if (!m.matches()) {
        ctx.rejected(n, "pwquality 行不是 'setting = value' 格式的設定行",
            "pwquality line is not a 'setting = value' line");
        return;
      }
      String key = m.group(1).toLowerCase(Locale.ROOT);
      boolean length = key.equals("minlen");
      if (!length && !key.equals("minclass") && !CREDITS.contains(key)) {
        ctx.skipped(n);
        return;
      }
      String raw = m.group(2) == null ? "" : m.group(2);
      if (raw.isEmpty()) {
        ctx.rejected(n, "pwquality 的 " + key + " 沒有設定值", "pwquality " + key + " has no value");
        return;
      }
      Long v = AccountLines.signedLong(raw);
      if (v == null || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        ctx.rejected(n, "pwquality 的 " + key + " 值 '" + raw + "' 不是整數",
            "pwquality " + key + " value '" + raw + "' is not a whole number");
        return;
      }
      values.put(ctx, new LastWins.Value(key, length ? PolicySetting.MIN_LENGTH : null, n,
          v.intValue()));
    });
    values.flush(ctx, "pwquality");
    emitMinClasses(values, ctx);
  }

  private static void emitMinClasses(LastWins values, ParseContext ctx) {
    LastWins.Value minclass = values.get("minclass");
    int negative = 0;
    LastWins.Value lastNegative = null;
    LastWins.Value anyCredit = null;
    for (LastWins.Value v : values.inForce()) {
      if (!CREDITS.contains(v.key())) continue;
      if (anyCredit == null) anyCredit = v;
      if (v.value() < 0) {
        negative++;
        lastNegative = v;
      }
    }
    if (minclass == null && anyCredit == null) return;
    int classes = Math.max(minclass == null ? 0 : minclass.value(), negative);
    LastWins.Value decided;
    if (minclass != null && (minclass.value() >= negative || lastNegative == null)) {
      decided = minclass;
    } else {
      decided = lastNegative != null ? lastNegative : anyCredit;
    }
    ctx.emit(new PolicySetting(ctx.system(), PolicySetting.MIN_CLASSES, classes, "pwquality",
        ctx.line(decided.line())));
  }
}
