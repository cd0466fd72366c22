package tw.coloaudit.evidence.account;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.account.PolicySetting;

/**
 * Reads {@code /etc/login.defs}: {@code PASS_MAX_DAYS}, {@code PASS_MIN_LEN} and {@code UID_MIN}
 * as {@link PolicySetting}s (origin {@code login.defs}); the last of repeated keys is in force.
 */
public final class LoginDefsPolicyParser implements EvidenceParser {

  private static final Pattern KEY_LINE = Pattern.compile(
      "\\s*#?\\s*(PASS_MAX_DAYS|PASS_MIN_DAYS|PASS_WARN_AGE|UID_MIN|UID_MAX|GID_MIN|ENCRYPT_METHOD"
          + "|UMASK|MAIL_DIR|LOGIN_RETRIES)\\s+\\S+.*");

  @Override
  public String format() {
    return "login.defs";
  }

  /** Also {@code accounts}: UID_MIN decides which accounts are system accounts. */
  @Override
  public Set<String> kinds() {
    return Set.of("password-policy", "accounts");
  }

  @Override
  public boolean probe(Sample sample) {
    if (AccountLines.nameIs(sample.fileName(), "login.defs")) return true;
    int hits = 0;
    for (String l : sample.lines()) {
      if (KEY_LINE.matcher(l).matches()) hits++;
    }
    return hits >= 2;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    LastWins values = new LastWins(Localized.of("login.defs", "login.defs"));
    AccountLines.forEach(input, ctx, (n, line) -> {
      String t = line.strip();
      if (t.startsWith("#")) {
        ctx.skipped(n);
        return;
      }
      String[] kv = t.split("\\s+", 2);
      String key = kv[0];
      String setting = switch (key) {
        case "PASS_MAX_DAYS" -> PolicySetting.MAX_AGE_DAYS;
        case "PASS_MIN_LEN" -> PolicySetting.MIN_LENGTH;
        case "UID_MIN" -> PolicySetting.UID_MIN;
        default -> null;
      };
      if (setting == null) {
        ctx.skipped(n);
        return;
      }
      String raw = kv.length > 1 ? AccountLines.unquote(kv[1].strip()) : "";
      if (raw.isEmpty()) {
        ctx.rejected(n, "login.defs 的 " + key + " 沒有設定值", "login.defs " + key + " has no value");
        return;
      }
      Long v = AccountLines.signedLong(raw);
      if (v == null) {
        ctx.rejected(n, "login.defs 的 " + key + " 值 '" + raw + "' 不是整數",
            "login.defs " + key + " value '" + raw + "' is not a whole number");
        return;
      }
      int value;
      if (setting.equals(PolicySetting.MAX_AGE_DAYS)) {
        // shadow treats a negative maximum as "no maximum"; 99999 is the conventional "never".
        value = v < 0 || v >= 99999 ? Integer.MAX_VALUE : v.intValue();
      } else if (v < 0 || v > Integer.MAX_VALUE) {
        ctx.rejected(n, "login.defs 的 " + key + " 值 '" + raw + "' 超出可接受的範圍",
            "login.defs " + key + " value '" + raw + "' is out of range");
        return;
      } else {
        value = v.intValue();
      }
      values.put(ctx, new LastWins.Value(key.toUpperCase(Locale.ROOT), setting, n, value));
    });
    values.flush(ctx, "login.defs");
  }
}
