package tw.coloaudit.evidence.account;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.account.PolicySetting;

/**
 * Reads the security template Windows writes with {@code secedit /export}: from
 * {@code [System Access]}, the minimum password length, complexity (as 3 classes or 1) and
 * maximum password age.
 */
public final class SeceditPolicyParser implements EvidenceParser {

  @Override
  public String format() {
    return "secedit";
  }

  @Override
  public Set<String> kinds() {
    return Set.of("password-policy");
  }

  @Override
  public boolean probe(Sample sample) {
    for (String l : sample.lines()) {
      String t = AccountLines.stripBom(l).strip();
      if (t.equalsIgnoreCase("[System Access]")) return true;
    }
    String first = AccountLines.firstContent(sample.lines());
    return first != null && first.equalsIgnoreCase("[Unicode]")
        && sample.fileName().toLowerCase(Locale.ROOT).endsWith(".inf");
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    LastWins values = new LastWins(Localized.of("安全性範本", "the security template"));
    boolean[] inSystemAccess = {false};
    AccountLines.forEach(input, ctx, (n, line) -> {
      String t = line.strip();
      if (t.startsWith("[")) {
        inSystemAccess[0] = t.equalsIgnoreCase("[System Access]");
        ctx.skipped(n);
        return;
      }
      int eq = t.indexOf('=');
      if (!inSystemAccess[0] || t.startsWith(";") || eq < 0) {
        ctx.skipped(n);
        return;
      }
      String key = t.substring(0, eq).strip();
      String raw = t.substring(eq + 1).strip();
      String k = key.toLowerCase(Locale.ROOT);
      if (!k.equals("minimumpasswordlength") && !k.equals("passwordcomplexity")
          && !k.equals("maximumpasswordage")) {
        ctx.skipped(n);
        return;
      }
      Long v = AccountLines.signedLong(raw);
      if (v == null || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        ctx.rejected(n, key + " 的值 '" + raw + "' 不是整數",
            key + " value '" + raw + "' is not a whole number");
        return;
      }
      String setting;
      String canonical;
      int value;
      switch (k) {
        case "minimumpasswordlength" -> {
          if (v < 0) {
            ctx.rejected(n, key + " 的值 " + v + " 為負數", key + " value " + v + " is negative");
            return;
          }
          setting = PolicySetting.MIN_LENGTH;
          canonical = "MinimumPasswordLength";
          value = v.intValue();
        }
        case "passwordcomplexity" -> {
          if (v != 0 && v != 1) {
            ctx.rejected(n, key + " 的值 " + v + " 既不是 0 也不是 1",
                key + " value " + v + " is neither 0 nor 1");
            return;
          }
          // Windows complexity demands three of the four character classes.
          setting = PolicySetting.MIN_CLASSES;
          canonical = "PasswordComplexity";
          value = v == 1 ? 3 : 1;
        }
        default -> {
          if (v < -1) {
            ctx.rejected(n, key + " 的值 " + v + " 既不是 -1 也不是天數",
                key + " value " + v + " is neither -1 nor a number of days");
            return;
          }
          setting = PolicySetting.MAX_AGE_DAYS;
          canonical = "MaximumPasswordAge";
          value = v <= 0 ? Integer.MAX_VALUE : v.intValue();
        }
      }
      values.put(ctx, new LastWins.Value(canonical, setting, n, value));
    });
    values.flush(ctx, "secedit");
  }
}
