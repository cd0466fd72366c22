package tw.coloaudit.evidence.account;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.account.SshdDirective;

/**
 * Reads {@code /etc/ssh/sshd_config}: the global {@code PermitRootLogin} and
 * {@code PasswordAuthentication} directives as {@link SshdDirective}s, the first value of each
 * being the one in force, as in sshd.
 */
public final class SshdConfigParser implements EvidenceParser {

  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "permitrootlogin",
      Set.of("yes", "no", "prohibit-password", "without-password", "forced-commands-only"),
      "passwordauthentication", Set.of("yes", "no"));
  private static final Map<String, String> DISPLAY = Map.of(
      "permitrootlogin", "PermitRootLogin", "passwordauthentication", "PasswordAuthentication");
  // Keywords only the server reads, so a client ssh_config does not pass for a server one.
  private static final Set<String> SERVER_ONLY = Set.of(
      "permitrootlogin", "usepam", "subsystem", "authorizedkeysfile", "listenaddress", "hostkey",
      "allowusers", "allowgroups", "permitemptypasswords", "clientaliveinterval",
      "x11uselocalhost", "printmotd", "acceptenv");

  @Override
  public String format() {
    return "sshd_config";
  }

  @Override
  public Set<String> kinds() {
    return Set.of("sshd-config");
  }

  @Override
  public boolean probe(Sample sample) {
    if (AccountLines.nameIs(sample.fileName(), "sshd_config")) return true;
    for (String l : sample.lines()) {
      String t = AccountLines.stripBom(l).strip();
      if (t.startsWith("#")) continue;
      String k = keyword(t);
      if (!k.isEmpty() && SERVER_ONLY.contains(k.toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    Map<String, Integer> firstSeen = new HashMap<>();
    boolean[] inMatch = {false};
    AccountLines.forEach(input, ctx, (n, line) -> {
      String t = line.strip();
      if (t.startsWith("#")) {
        ctx.skipped(n);
        return;
      }
      String word = keyword(t);
      if (word.isEmpty()) {
        ctx.rejected(n, "sshd_config 行的開頭不是關鍵字", "sshd_config line does not start with a keyword");
        return;
      }
      String k = word.toLowerCase(Locale.ROOT);
      String rest = t.substring(word.length()).strip();
      if (rest.startsWith("=")) rest = rest.substring(1).strip();
      if (k.equals("include")) {
        ctx.skipped(n);
        ctx.warn(n, "sshd_config 以 Include 引入 " + rest + "，該檔案不會隨此檔一併讀取："
            + "其中的設定可能較先出現，而成為 sshd 實際採用的設定",
            "sshd_config includes " + rest + ", which is not read with this file: a "
            + "setting there may come first and be the one sshd uses");
        return;
      }
      if (k.equals("match")) inMatch[0] = true;
      if (inMatch[0] || !ALLOWED.containsKey(k)) {
        ctx.skipped(n);
        return;
      }
      String value = firstArgument(rest);
      if (value.isEmpty()) {
        ctx.rejected(n, "sshd_config 的 " + DISPLAY.get(k) + " 沒有設定值",
            "sshd_config " + DISPLAY.get(k) + " has no value");
        return;
      }
      if (!ALLOWED.get(k).contains(value.toLowerCase(Locale.ROOT))) {
        List<String> accepted = ALLOWED.get(k).stream().sorted().toList();
        ctx.rejected(n, "sshd_config 的 " + DISPLAY.get(k) + " 值 '" + value
            + "' 不是 sshd 接受的值（" + String.join("、", accepted) + "）",
            "sshd_config " + DISPLAY.get(k) + " value '" + value
            + "' is not one sshd accepts (" + String.join(", ", accepted) + ")");
        return;
      }
      Integer earlier = firstSeen.putIfAbsent(k, n);
      if (earlier != null) {
        ctx.skipped(n);
        ctx.warn(n, "sshd_config 再次設定 " + DISPLAY.get(k) + "；sshd 採用第一次設定的值，"
            + "即第 " + earlier + " 行",
            "sshd_config sets " + DISPLAY.get(k) + " again; sshd uses the first value, "
            + "on line " + earlier);
        return;
      }
      ctx.emit(new SshdDirective(ctx.system(), k, value, ctx.line(n)));
      ctx.used(n);
    });
  }

  /** The leading keyword: letters and digits up to whitespace or '='. */
  private static String keyword(String t) {
    int i = 0;
    while (i < t.length() && Character.isLetterOrDigit(t.charAt(i))) i++;
    if (i < t.length() && !Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '=') return "";
    return t.substring(0, i);
  }

  private static String firstArgument(String rest) {
    if (rest.startsWith("\"")) {
      int end = rest.indexOf('"', 1);
      return end < 0 ? rest.substring(1) : rest.substring(1, end);
    }
    int i = 0;
    while (i < rest.length() && !Character.isWhitespace(rest.charAt(i))) i++;
    String v = rest.substring(0, i);
    return v.startsWith("#") ? "" : v;
  }
}
