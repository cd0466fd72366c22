package tw.coloaudit.evidence.account;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.account.SudoersGrant;

/**
 * Reads a {@code sudoers} file (or a file of {@code /etc/sudoers.d}): one {@link SudoersGrant}
 * per principal of each user specification, with aliases expanded, marking the grants that let
 * the principal run every command as root.
 *
 * <p>Aliases may be used before they are defined, as in sudo, so grants are resolved and emitted
 * when the whole file has been read; a sudoers file is small, so only its parsed rules are held.
 * Host lists are not evaluated: a rule is taken to apply to the system the manifest names.
 */
public final class SudoersAccountParser implements EvidenceParser {

  private static final Pattern INCLUDE = Pattern.compile("[#@]include(dir)?\\s+(.+)");
  private static final Pattern DEFAULTS = Pattern.compile("Defaults([:@!>\\s].*)?",
      Pattern.DOTALL);
  private static final Pattern ALIAS_DEF = Pattern.compile(
      "(User_Alias|Runas_Alias|Host_Alias|Cmnd_Alias|Cmd_Alias)\\s+(.*)", Pattern.DOTALL);
  private static final Pattern ALIAS_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern PROBE_RULE = Pattern.compile(
      "\\s*[%+#]?:?[A-Za-z0-9_.\\-]+(\\s*,\\s*[%+#]?:?[A-Za-z0-9_.\\-]+)*\\s+ALL\\s*=.*");
  private static final Pattern TAG = Pattern.compile("([A-Z_]+)\\s*:\\s*(.*)", Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile(
      "(?:CWD|CHROOT|ROLE|TYPE|TIMEOUT|NOTBEFORE|NOTAFTER|PRIVS|LIMITPRIVS|APPARMOR_PROFILE)"
          + "\\s*=\\s*(?:\"[^\"]*\"|\\S+)\\s*(.*)", Pattern.DOTALL);
  private static final Pattern DIGEST =
      Pattern.compile("(?:sha224|sha256|sha384|sha512):\\S+\\s+(.*)", Pattern.DOTALL);
  private static final Set<String> TAGS = Set.of(
      "NOPASSWD", "PASSWD", "NOEXEC", "EXEC", "SETENV", "NOSETENV", "LOG_INPUT", "NOLOG_INPUT",
      "LOG_OUTPUT", "NOLOG_OUTPUT", "MAIL", "NOMAIL", "FOLLOW", "NOFOLLOW", "INTERCEPT",
      "NOINTERCEPT");
  private static final Set<String> DIGESTS = Set.of("sha224", "sha256", "sha384", "sha512");

  @Override
  public String format() {
    return "sudoers";
  }

  @Override
  public Set<String> kinds() {
    return Set.of("accounts");
  }

  @Override
  public boolean probe(Sample sample) {
    if (AccountLines.nameIs(sample.fileName(), "sudoers")) return true;
    for (String l : sample.lines()) {
      String t = AccountLines.stripBom(l).strip();
      if (PROBE_RULE.matcher(t).matches()) return true;
      if (t.startsWith("Defaults") && DEFAULTS.matcher(t).matches()) return true;
    }
    return false;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    if (ctx.system() == null) {
      AccountLines.forEach(input, ctx, (n, line) -> {});
      return;
    }
    Rules rules = new Rules(ctx);
    int limit = ctx.limits().maxLineChars();
    try (LineReader r = new LineReader(input.openText(), limit)) {
      StringBuilder logical = new StringBuilder();
      List<Integer> lines = new ArrayList<>();
      while (r.next()) {
        int n = r.number();
        if (r.blank()) {
          // A blank line ends a statement even after a trailing backslash.
          if (!lines.isEmpty()) rules.statement(logical.toString(), lines);
          logical.setLength(0);
          lines = new ArrayList<>();
          continue;
        }
        if (r.overlong()) {
          if (!lines.isEmpty()) {
            rules.reject(lines, Localized.of("此規則延續至第 " + n + " 行，而該行超過長度上限",
                "the rule continues onto line " + n + ", which is over the length limit"));
          }
          logical.setLength(0);
          lines = new ArrayList<>();
          ctx.rejected(n, AccountLines.overlong(limit));
          continue;
        }
        String text = r.text();
        if (lines.isEmpty() && isComment(text)) {
          ctx.skipped(n);
          continue;
        }
        lines.add(n);
        if (continues(text)) {
          logical.append(text, 0, text.length() - 1).append(' ');
          // Continuations must not let one statement grow without bound either.
          if (logical.length() > limit) {
            rules.reject(lines, Localized.of("此規則跨多行延續，長度超過 " + limit + " 個字元的上限",
                "the rule continued over several lines is longer than the limit of " + limit + " characters"));
            logical.setLength(0);
            lines = new ArrayList<>();
          }
          continue;
        }
        logical.append(text);
        rules.statement(logical.toString(), lines);
        logical.setLength(0);
        lines = new ArrayList<>();
      }
      if (!lines.isEmpty()) rules.statement(logical.toString(), lines);
    }
    rules.finish();
  }

  private static boolean isComment(String text) {
    String t = text.strip();
    if (!t.startsWith("#")) return false;
    if (INCLUDE.matcher(t).matches()) return false;
    // "#1000 ALL=..." names a user by uid.
    return !(t.length() > 1 && Character.isDigit(t.charAt(1)));
  }

  private static boolean continues(String text) {
    int k = 0;
    for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) k++;
    return k % 2 == 1;
  }

  /** A line that is not a sudoers statement; the reason says what is wrong. */
  private static final class Bad extends Exception {
    final Localized reason;

    Bad(String zh, String en) {
      super(en, null, false, false);
      this.reason = Localized.of(zh, en);
    }
  }

  /** One command of a rule, with the run-as list in force for it (null: omitted, i.e. root). */
  private record Cmd(String name, boolean negated, List<String> runas) {}

  /** A parsed user specification waiting for the aliases of the whole file. */
  private record Spec(List<Integer> lines, List<String> users, List<Cmd> cmds, String text) {}

  /** A user or group a rule names. */
  private record Principal(String name, boolean group) {}

  /** The statements of one file: aliases and user specifications. */
  private static final class Rules {
    private final ParseContext ctx;
    private final Map<String, List<String>> userAliases = new HashMap<>();
    private final Map<String, List<String>> runasAliases = new HashMap<>();
    private final Map<String, List<Cmd>> cmndAliases = new HashMap<>();
    private final List<Spec> specs = new ArrayList<>();

    Rules(ParseContext ctx) {
      this.ctx = ctx;
    }

    void statement(String text, List<Integer> lines) {
      String t = text.strip();
      Matcher inc = INCLUDE.matcher(t);
      if (inc.matches()) {
        skip(lines);
        ctx.warn(lines.get(0), "sudoers 引入 " + inc.group(2).strip() + "，該檔案不會隨此檔一併讀取："
            + "須在證據包中另列為 sudoers 檔案，其中的規則才會受檢查",
            "sudoers includes " + inc.group(2).strip() + ", which is not in "
            + "the pack with this file: its rules are checked only when the pack lists it as a "
            + "sudoers file of its own");
        return;
      }
      t = stripComment(t).strip();
      if (t.isEmpty() || DEFAULTS.matcher(t).matches()) {
        skip(lines);
        return;
      }
      try {
        Matcher a = ALIAS_DEF.matcher(t);
        if (a.matches()) {
          alias(a.group(1), a.group(2), lines);
        } else {
          specs.add(userSpec(t, lines));
        }
      } catch (Bad e) {
        reject(lines, Localized.of("sudoers 行不是有效的規則：" + e.reason.zh(),
            "sudoers line is not a rule: " + e.reason.en()));
      }
    }

    private void alias(String type, String body, List<Integer> lines) throws Bad {
      Map<String, List<String>> words = new LinkedHashMap<>();
      Map<String, List<Cmd>> cmds = new LinkedHashMap<>();
      boolean cmnd = type.startsWith("Cmnd") || type.startsWith("Cmd");
      for (String def : splitTop(body, ':', true)) {
        int eq = indexOfTop(def, '=');
        if (eq < 0) {
          throw new Bad(type + " 定義 '" + def.strip() + "' 缺少 '='",
              type + " definition '" + def.strip() + "' has no '='");
        }
        String name = def.substring(0, eq).strip();
        if (!ALIAS_NAME.matcher(name).matches() || name.equals("ALL")) {
          throw new Bad(type + " 名稱 '" + name + "' 不是由大寫字母、數字及 '_' 組成的名稱",
              type + " name '" + name + "' is not an upper-case name of letters, digits and '_'");
        }
        if (cmnd) {
          cmds.put(name, commands(def.substring(eq + 1)));
        } else {
          String what = type + " " + name;
          words.put(name, singleList(def.substring(eq + 1), Localized.of(what, what)));
        }
      }
      if (type.equals("Host_Alias")) {
        skip(lines);
        return;
      }
      Map<String, ?> target = type.equals("User_Alias") ? userAliases
          : type.equals("Runas_Alias") ? runasAliases : cmndAliases;
      for (String name : cmnd ? cmds.keySet() : words.keySet()) {
        if (target.containsKey(name)) {
          ctx.warn(lines.get(0), type + " " + name + " 重複定義；採用此處的定義",
              type + " " + name + " is defined again; this definition is used");
        }
      }
      userOrRunas(type).putAll(words);
      cmndAliases.putAll(cmds);
      used(lines);
    }

    private Map<String, List<String>> userOrRunas(String type) {
      return type.equals("Runas_Alias") ? runasAliases : userAliases;
    }

    private Spec userSpec(String t, List<Integer> lines) throws Bad {
      int eq = indexOfTop(t, '=');
      if (eq < 0) throw new Bad("主機與命令之間缺少 '='", "no '=' between the hosts and the commands");
      List<List<String>> lists = commaLists(t.substring(0, eq));
      if (lists.isEmpty()) throw new Bad("'=' 之前沒有使用者", "no user before '='");
      if (lists.size() < 2) {
        throw new Bad("使用者與 '=' 之間缺少主機清單", "no host list between the users and '='");
      }
      if (lists.size() > 2) {
        throw new Bad("主機清單之後出現非預期的 '" + lists.get(2).get(0) + "'",
            "unexpected '" + lists.get(2).get(0) + "' after the host list");
      }
      List<String> users = lists.get(0);
      String[] sections = splitTop(t.substring(eq + 1), ':', true).toArray(new String[0]);
      List<Cmd> cmds = new ArrayList<>(commands(sections[0]));
      for (int i = 1; i < sections.length; i++) {
        int e = indexOfTop(sections[i], '=');
        if (e < 0) {
          throw new Bad("':' 之後的部分在主機與命令之間缺少 '='",
              "the part after ':' has no '=' between hosts and commands");
        }
        if (commaLists(sections[i].substring(0, e)).size() != 1) {
          throw new Bad("':' 之後的部分不是以單一主機清單開頭",
              "the part after ':' does not start with one host list");
        }
        cmds.addAll(commands(sections[i].substring(e + 1)));
      }
      return new Spec(List.copyOf(lines), users, cmds, t.replaceAll("\\s+", " "));
    }

    /** A command list; a run-as list applies to the commands after it, as in sudo. */
    private List<Cmd> commands(String list) throws Bad {
      List<Cmd> out = new ArrayList<>();
      List<String> runas = null;
      for (String item : splitTop(list, ',', false)) {
        String x = item.strip();
        for (boolean more = true; more && !x.isEmpty(); ) {
          more = false;
          if (x.startsWith("(")) {
            int close = indexOfTop(x.substring(1), ')');
            if (close < 0) {
              throw new Bad("執行身分清單中的 '(' 缺少對應的 ')'", "'(' without ')' in the run-as list");
            }
            runas = runas(x.substring(1, close + 1));
            x = x.substring(close + 2).strip();
            more = true;
            continue;
          }
          Matcher m = TAG.matcher(x);
          if (m.matches() && TAGS.contains(m.group(1))) {
            x = m.group(2);
            more = true;
            continue;
          }
          m = OPTION.matcher(x);
          if (m.matches()) {
            x = m.group(1);
            more = true;
            continue;
          }
          m = DIGEST.matcher(x);
          if (m.matches()) {
            x = m.group(1);
            more = true;
          }
        }
        boolean negated = false;
        while (x.startsWith("!")) {
          negated = !negated;
          x = x.substring(1).strip();
        }
        String cmd = unescape(firstWord(x));
        if (cmd.isEmpty()) throw new Bad("缺少命令", "a command is missing");
        if (!validCommand(cmd)) {
          throw new Bad("'" + cmd + "' 不是完整路徑、ALL 或 Cmnd_Alias",
              "'" + cmd + "' is neither a full path, ALL nor a Cmnd_Alias");
        }
        out.add(new Cmd(cmd, negated, runas));
      }
      return out;
    }

    private List<String> runas(String inner) throws Bad {
      List<String> parts = splitTop(inner, ':', false);
      if (parts.size() > 2) {
        throw new Bad("執行身分清單 '(" + inner + ")' 含有一個以上的 ':'",
            "the run-as list '(" + inner + ")' has more than one ':'");
      }
      String users = parts.get(0);
      if (users.isBlank()) return List.of();
      return singleList(users, Localized.of("執行身分清單", "the run-as list"));
    }

    void finish() {
      for (Spec s : specs) {
        Set<String> undefined = new LinkedHashSet<>();
        List<Principal> principals = principals(s.users(), undefined);
        boolean full = false;
        for (Cmd c : s.cmds()) {
          if (!c.negated() && isAll(c.name(), new HashSet<>(), undefined)
              && runsAsRoot(c.runas(), undefined)) {
            full = true;
          }
        }
        for (String u : undefined) {
          ctx.warn(s.lines().get(0), "sudoers 規則使用了未定義的別名 " + u,
              "sudoers rule uses the alias " + u + ", which is not defined");
        }
        if (principals.isEmpty()) {
          skip(s.lines());
          continue;
        }
        for (Principal p : principals) {
          ctx.emit(new SudoersGrant(ctx.system(), p.name(), p.group(), full, s.text(),
              ctx.line(s.lines().get(0))));
        }
        used(s.lines());
      }
    }

    private List<Principal> principals(List<String> words, Set<String> undefined) {
      Set<Principal> granted = new LinkedHashSet<>();
      Set<Principal> denied = new HashSet<>();
      for (String w : words) expandUser(w, false, granted, denied, new HashSet<>(), undefined);
      granted.removeAll(denied);
      return new ArrayList<>(granted);
    }

    private void expandUser(String raw, boolean negated, Set<Principal> granted,
        Set<Principal> denied, Set<String> seen, Set<String> undefined) {
      String w = raw;
      while (w.startsWith("!")) {
        negated = !negated;
        w = w.substring(1).strip();
      }
      if (!w.startsWith("\"") && ALIAS_NAME.matcher(w).matches() && !w.equals("ALL")) {
        List<String> members = userAliases.get(w);
        if (members == null) {
          undefined.add(w);
        } else if (seen.add(w)) {
          for (String m : members) expandUser(m, negated, granted, denied, seen, undefined);
          seen.remove(w);
        }
        return;
      }
      w = unescape(w);
      Principal p;
      if (w.startsWith("%:")) {
        p = new Principal(w.substring(2), true);
      } else if (w.startsWith("%")) {
        p = new Principal(w.substring(1), true);
      } else if (w.startsWith("+")) {
        p = new Principal(w, true);
      } else {
        p = new Principal(w, false);
      }
      (negated ? denied : granted).add(p);
    }

    private boolean isAll(String cmd, Set<String> seen, Set<String> undefined) {
      if (cmd.equals("ALL")) return true;
      if (!ALIAS_NAME.matcher(cmd).matches()) return false;
      List<Cmd> members = cmndAliases.get(cmd);
      if (members == null) {
        undefined.add(cmd);
        return false;
      }
      if (!seen.add(cmd)) return false;
      for (Cmd c : members) {
        if (!c.negated() && isAll(c.name(), seen, undefined)) return true;
      }
      return false;
    }

    private boolean runsAsRoot(List<String> runas, Set<String> undefined) {
      if (runas == null) return true;
      Set<String> granted = new HashSet<>();
      Set<String> denied = new HashSet<>();
      for (String w : runas) expandRunas(w, false, granted, denied, new HashSet<>(), undefined);
      boolean rootDenied = denied.contains("root") || denied.contains("#0");
      return !rootDenied
          && (granted.contains("ALL") || granted.contains("root") || granted.contains("#0"));
    }

    private void expandRunas(String raw, boolean negated, Set<String> granted,
        Set<String> denied, Set<String> seen, Set<String> undefined) {
      String w = raw;
      while (w.startsWith("!")) {
        negated = !negated;
        w = w.substring(1).strip();
      }
      if (ALIAS_NAME.matcher(w).matches() && !w.equals("ALL")) {
        List<String> members = runasAliases.get(w);
        if (members == null) {
          undefined.add(w);
        } else if (seen.add(w)) {
          for (String m : members) expandRunas(m, negated, granted, denied, seen, undefined);
          seen.remove(w);
        }
        return;
      }
      (negated ? denied : granted).add(unescape(w));
    }

    private void used(List<Integer> lines) {
      for (int n : lines) ctx.used(n);
    }

    private void skip(List<Integer> lines) {
      for (int n : lines) ctx.skipped(n);
    }

    void reject(List<Integer> lines, Localized reason) {
      ctx.rejected(lines.get(0), reason);
      for (int i = 1; i < lines.size(); i++) {
        ctx.rejected(lines.get(i), "接續第 " + lines.get(0) + " 行：" + reason.zh(),
            "continues line " + lines.get(0) + ": " + reason.en());
      }
    }
  }

  private static boolean validCommand(String cmd) {
    return cmd.equals("ALL") || ALIAS_NAME.matcher(cmd).matches() || cmd.startsWith("/")
        || cmd.equals("sudoedit") || cmd.equals("list") || cmd.startsWith("^");
  }

  /** One comma-separated list of words, as in an alias definition or a run-as list. */
  private static List<String> singleList(String s, Localized what) throws Bad {
    List<List<String>> lists = commaLists(s);
    if (lists.isEmpty()) throw new Bad(AccountLines.zh(what.zh(), "為空"), what.en() + " is empty");
    if (lists.size() > 1) {
      throw new Bad(AccountLines.zh(what.zh(), "在應為 ',' 之處出現 '" + lists.get(1).get(0) + "'"),
          what.en() + " has '" + lists.get(1).get(0) + "' where a ',' was expected");
    }
    return lists.get(0);
  }

  /**
   * Splits "a, b c,d" into [[a, b], [c, d]]: words joined by commas form a list, whitespace
   * without a comma starts the next one. Words keep their escapes and quotes; a leading '!' is
   * kept on its word.
   */
  private static List<List<String>> commaLists(String s) throws Bad {
    List<List<String>> lists = new ArrayList<>();
    List<String> current = null;
    boolean afterComma = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == ',') {
        if (current == null || afterComma) throw new Bad("',' 之前沒有任何內容", "a ',' with nothing before it");
        afterComma = true;
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && s.charAt(i) == '!') {
        i++;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
      }
      i = wordEnd(s, i);
      String word = s.substring(start, i);
      if (word.replace("!", "").isBlank()) throw new Bad("'!' 之後沒有名稱", "a '!' with no name after it");
      if (current == null || !afterComma) {
        current = new ArrayList<>();
        lists.add(current);
      }
      current.add(word);
      afterComma = false;
    }
    if (afterComma) throw new Bad("',' 之後沒有任何內容", "a ',' with nothing after it");
    return lists;
  }

  /** The end of the word starting at i: up to unescaped whitespace or ',' outside quotes. */
  private static int wordEnd(String s, int i) {
    boolean quoted = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        i += 2;
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (Character.isWhitespace(c) || c == ',')) {
        break;
      }
      i++;
    }
    return i;
  }

  private static String firstWord(String s) {
    return s.substring(0, wordEnd(s, 0));
  }

  /** The index of c outside quotes, parentheses and escapes, or -1. */
  private static int indexOfTop(String s, char c) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char x = s.charAt(i);
      if (x == '\\') {
        i++;
        continue;
      }
      if (x == '"') {
        quoted = !quoted;
        continue;
      }
      if (quoted) continue;
      if (x == c && depth == 0) return i;
      if (x == '(') depth++;
      if (x == ')' && depth > 0) depth--;
    }
    return -1;
  }

  /**
   * Splits on sep outside quotes, parentheses and escapes. With {@code sections}, a ':' right
   * after a tag ({@code NOPASSWD:}) or a digest name ({@code sha256:}) does not split.
   */
  private static List<String> splitTop(String s, char sep, boolean sections) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char x = s.charAt(i);
      if (x == '\\') {
        i++;
        continue;
      }
      if (x == '"') {
        quoted = !quoted;
        continue;
      }
      if (quoted) continue;
      if (x == '(') depth++;
      if (x == ')' && depth > 0) depth--;
      if (x != sep || depth > 0) continue;
      if (sections && sep == ':') {
        int w = i;
        while (w > 0 && Character.isLetterOrDigit(s.charAt(w - 1))
            || w > 0 && s.charAt(w - 1) == '_') {
          w--;
        }
        String word = s.substring(w, i);
        if (TAGS.contains(word) || DIGESTS.contains(word)) continue;
      }
      out.add(s.substring(start, i));
      start = i + 1;
    }
    out.add(s.substring(start));
    return out;
  }

  /** Cuts a trailing comment: '#' after whitespace, unless it starts a uid such as #1000. */
  private static String stripComment(String s) {
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char x = s.charAt(i);
      if (x == '\\') {
        i++;
        continue;
      }
      if (x == '"') quoted = !quoted;
      if (quoted || x != '#') continue;
      boolean atWordStart = i == 0 || Character.isWhitespace(s.charAt(i - 1));
      boolean uid = i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
      if (atWordStart && !uid) return s.substring(0, i);
    }
    return s;
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        b.append(s.charAt(++i));
      } else if (c != '"') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
