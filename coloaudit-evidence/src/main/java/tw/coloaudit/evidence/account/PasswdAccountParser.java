package tw.coloaudit.evidence.account;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.account.PasswdEntry;

/** Reads {@code /etc/passwd}: one {@link PasswdEntry} per account line. */
public final class PasswdAccountParser implements EvidenceParser {

  private static final Pattern LINE =
      Pattern.compile("[^:\\s]+:[^:]*:\\d+:\\d+:[^:]*:[^:]*:[^:]*");

  @Override
  public String format() {
    return "passwd";
  }

  @Override
  public Set<String> kinds() {
    return Set.of("accounts");
  }

  @Override
  public boolean probe(Sample sample) {
    String first = AccountLines.firstContent(sample.lines());
    if (AccountLines.nameIs(sample.fileName(), "passwd")) {
      return first == null || AccountLines.fields(first).length == 7;
    }
    return first != null && LINE.matcher(first).matches();
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    String system = ctx.system();
    AccountLines.forEach(input, ctx, (n, line) -> {
      // NIS compat entries (+name, -name, +@netgroup) pull accounts from elsewhere.
      if (line.startsWith("+") || line.startsWith("-") || line.strip().startsWith("#")) {
        ctx.skipped(n);
        return;
      }
      String[] f = AccountLines.fields(line);
      if (f.length != 7) {
        ctx.rejected(n, "passwd 行有 " + f.length + " 個欄位，應為 7 個",
            "passwd line has " + f.length + " fields, expected 7");
        return;
      }
      if (f[0].isEmpty()) {
        ctx.rejected(n, "passwd 行的使用者名稱為空白", "passwd line has an empty user name");
        return;
      }
      if (!AccountLines.digits(f[2])) {
        ctx.rejected(n, "passwd 行的 uid '" + f[2] + "' 不是數字",
            "passwd line has a uid '" + f[2] + "' that is not a number");
        return;
      }
      if (!AccountLines.digits(f[3])) {
        ctx.rejected(n, "passwd 行的 gid '" + f[3] + "' 不是數字",
            "passwd line has a gid '" + f[3] + "' that is not a number");
        return;
      }
      ctx.emit(new PasswdEntry(system, f[0], Long.parseLong(f[2]), Long.parseLong(f[3]),
          f[4], f[5], f[6], ctx.line(n)));
      ctx.used(n);
    });
  }
}
