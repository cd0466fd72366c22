package tw.coloaudit.evidence.account;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.account.ShadowEntry;

/** Reads {@code /etc/shadow}: one {@link ShadowEntry} per account line, day fields as numbers. */
public final class ShadowAccountParser implements EvidenceParser {

  private static final Pattern LINE =
      Pattern.compile("[^:\\s]+:[^:]*:\\d*:\\d*:\\d*:\\d*:\\d*:\\d*(:[^:]*)?");

  private static final String[] DAY_FIELDS = {
    "last change", "minimum age", "maximum age", "warning period", "inactivity period",
    "expiry"
  };
  private static final String[] DAY_FIELDS_ZH = {
    "最後變更日", "密碼最短使用期限", "密碼最長使用期限", "密碼到期警告天數", "密碼過期後停用寬限天數",
    "帳號到期日"
  };

  @Override
  public String format() {
    return "shadow";
  }

  @Override
  public Set<String> kinds() {
    return Set.of("accounts");
  }

  @Override
  public boolean probe(Sample sample) {
    String first = AccountLines.firstContent(sample.lines());
    if (AccountLines.nameIs(sample.fileName(), "shadow")) {
      if (first == null) return true;
      int n = AccountLines.fields(first).length;
      return n == 8 || n == 9;
    }
    return first != null && LINE.matcher(first).matches();
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    String system = ctx.system();
    AccountLines.forEach(input, ctx, (n, line) -> {
      if (line.startsWith("+") || line.startsWith("-") || line.strip().startsWith("#")) {
        ctx.skipped(n);
        return;
      }
      String[] f = AccountLines.fields(line);
      // Some tools drop the reserved ninth field together with its colon.
      if (f.length != 9 && f.length != 8) {
        ctx.rejected(n, "shadow 行有 " + f.length + " 個欄位，應為 9 個",
            "shadow line has " + f.length + " fields, expected 9");
        return;
      }
      if (f[0].isEmpty()) {
        ctx.rejected(n, "shadow 行的使用者名稱為空白", "shadow line has an empty user name");
        return;
      }
      Long[] days = new Long[6];
      for (int i = 0; i < 6; i++) {
        String v = f[i + 2];
        if (v.isEmpty()) continue;
        if (!AccountLines.digits(v)) {
          ctx.rejected(n, "shadow 行的" + DAY_FIELDS_ZH[i] + "欄位為 '" + v + "'，既不是天數也不是空白",
              "shadow line has '" + v + "' in the " + DAY_FIELDS[i]
              + " field, which is neither a day number nor empty");
          return;
        }
        days[i] = Long.parseLong(v);
      }
      ctx.emit(new ShadowEntry(system, f[0], f[1], days[0], days[1], days[2], days[3], days[4],
          days[5], ctx.line(n)));
      ctx.used(n);
    });
  }
}
