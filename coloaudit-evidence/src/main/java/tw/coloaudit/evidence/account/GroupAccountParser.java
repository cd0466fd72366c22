package tw.coloaudit.evidence.account;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.account.GroupEntry;

/** Reads {@code /etc/group}: one {@link GroupEntry} per group with its listed members. */
public final class GroupAccountParser implements EvidenceParser {

  private static final Pattern LINE = Pattern.compile("[^:\\s]+:[^:]*:\\d+:[^:]*");

  @Override
  public String format() {
    return "group";
  }

  @Override
  public Set<String> kinds() {
    return Set.of("accounts");
  }

  @Override
  public boolean probe(Sample sample) {
    String first = AccountLines.firstContent(sample.lines());
    if (AccountLines.nameIs(sample.fileName(), "group")) {
      return first == null || LINE.matcher(first).matches();
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
      if (f.length != 4) {
        ctx.rejected(n, "group 行有 " + f.length + " 個欄位，應為 4 個",
            "group line has " + f.length + " fields, expected 4");
        return;
      }
      if (f[0].isEmpty()) {
        ctx.rejected(n, "group 行的群組名稱為空白", "group line has an empty group name");
        return;
      }
      if (!AccountLines.digits(f[2])) {
        ctx.rejected(n, "group 行的 gid '" + f[2] + "' 不是數字",
            "group line has a gid '" + f[2] + "' that is not a number");
        return;
      }
      List<String> members = new ArrayList<>();
      for (String m : f[3].split(",")) {
        String t = m.strip();
        if (!t.isEmpty()) members.add(t);
      }
      ctx.emit(new GroupEntry(system, f[0], Long.parseLong(f[2]), members, ctx.line(n)));
      ctx.used(n);
    });
  }
}
