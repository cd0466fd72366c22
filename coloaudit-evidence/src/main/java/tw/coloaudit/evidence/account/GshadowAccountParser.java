package tw.coloaudit.evidence.account;

import java.io.IOException;
import java.util.Set;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;

/**
 * Recognises {@code /etc/gshadow}, which sits beside passwd and shadow in an accounts folder but
 * holds nothing the controls use: every line is counted as skipped.
 */
public final class GshadowAccountParser implements EvidenceParser {

  @Override
  public String format() {
    return "gshadow";
  }

  @Override
  public Set<String> kinds() {
    return Set.of("accounts");
  }

  @Override
  public boolean probe(Sample sample) {
    String first = AccountLines.firstContent(sample.lines());
    if (AccountLines.nameIs(sample.fileName(), "gshadow")) {
      return first == null || AccountLines.fields(first).length == 4;
    }
    if (first == null) return false;
    String[] f = AccountLines.fields(first);
    // Unlike group, the third field lists administrators, never a numeric gid.
    return f.length == 4 && !f[0].isEmpty() && !AccountLines.digits(f[2])
        && (f[1].equals("*") || f[1].equals("x") || f[1].startsWith("!")
            || f[1].startsWith("$"));
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    AccountLines.forEach(input, ctx, (n, line) -> ctx.skipped(n));
  }
}
