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
            rules.reject(lines, "the rule continues onto line " + n + ", which is over the "
                + "length limit");
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
            rules.reject(lines, "the rule continued over several lines is longer than the limit of " + limit + " characters");
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

  /** A line that is not a sudoers statement; the message says what is wrong. */
  private static final class Bad extends Exception {
    Bad(String message) {
      super(message, null, false, false);
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
        ctx.warn(lines.get(0), "sudoers includes " + inc.group(2).strip() + ", which is not in "
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
        reject(lines, "sudoers line is not a rule: " + e.getMessage());
      }
    }

    private void alias(String type, String body, List<Integer> lines) throws Bad {
      Map<String, List<String>> words = new LinkedHashMap<>();
      Map<String, List<Cmd>> cmds = new LinkedHashMap<>();
      boolean cmnd = type.startsWith("Cmnd") || type.startsWith("Cmd");
      for (String def : splitTop(body, ':', true)) {
        int eq = indexOfTop(def, '=');
        if (eq < 0) throw new Bad(type + " definition '" + def.strip() + "' has no '='");
        String name = def.substring(0, eq).strip();
        if (!ALIAS_NAME.matcher(name).matches() || name.equals("ALL")) {
          throw new Bad(type + " name '" + name
              + "' is not an upper-case name of letters, digits and '_'");
        }
        if (cmnd) {
          cmds.put(name, commands(def.substring(eq + 1)));
        } else {
          words.put(name, singleList(def.substring(eq + 1), type + " " + name));
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
          ctx.warn(lines.get(0), type + " " + name + " is defined again; this definition is used");
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
      if (eq < 0) throw new Bad("no '=' between the hosts and the commands");
      List<List<String>> lists = commaLists(t.substring(0, eq));
      if (lists.isEmpty()) throw new Bad("no user before '='");
      if (lists.size() < 2) throw new Bad("no host list between the users and '='");
      if (lists.size() > 2) {
        throw new Bad("unexpected '" + lists.get(2).get(0) + "' after the host list");
      }
      List<String> users = lists.get(0);
      String[] sections = splitTop(t.substring(eq + 1), ':', true).toArray(new String[0]);
      List<Cmd> cmds = new ArrayList<>(commands(sections[0]));
      for (int i = 1; i < sections.length; i++) {
        int e = indexOfTop(sections[i], '=');
        if (e < 0) throw new Bad("the part after ':' has no '=' between hosts and commands");
        if (commaLists(sections[i].substring(0, e)).size() != 1) {
          throw new Bad("the part after ':' does not start with one host list");
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
            if (close < 0) throw new Bad("'(' without ')' in the run-as list");
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
        if (cmd.isEmpty()) throw new Bad("a command is missing");
        if (!validCommand(cmd)) {
          throw new Bad("'" + cmd + "' is neither a full path, ALL nor a Cmnd_Alias");
        }
        out.add(new Cmd(cmd, negated, runas));
      }
      return out;
    }

    private List<String> runas(String inner) throws Bad {
      List<String> parts = splitTop(inner, ':', false);
      if (parts.size() > 2) throw new Bad("the run-as list '(" + inner + ")' has more than one ':'");
      String users = parts.get(0);
      if (users.isBlank()) return List.of();
      return singleList(users, "the run-as list");
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
          ctx.warn(s.lines().get(0), "sudoers rule uses the alias " + u + ", which is not defined");
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

    void reject(List<Integer> lines, String reason) {
      ctx.rejected(lines.get(0), reason);
      for (int i = 1; i < lines.size(); i++) {
        ctx.rejected(lines.get(i), "continues line " + lines.get(0) + ": " + reason);
      }
    }
  }

  private static boolean validCommand(String cmd) {
    return cmd.equals("ALL") || ALIAS_NAME.matcher(cmd).matches() || cmd.startsWith("/")
        || cmd.equals("sudoedit") || cmd.equals("list") || cmd.startsWith("^");
  }

  /** One comma-separated list of words, as in an alias definition or a run-as list. */
  private static List<String> singleList(String s, String what) throws Bad {
    List<List<String>> lists = commaLists(s);
    if (lists.isEmpty()) throw new Bad(what + " is empty");
    if (lists.size() > 1) {
      throw new Bad(what + " has '" + lists.get(1).get(0) + "' where a ',' was expected");
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
        if (current == null || afterComma) throw new Bad("a ',' with nothing before it");
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
      if (word.replace("!", "").isBlank()) throw new Bad("a '!' with no name after it");
      if (current == null || !afterComma) {
        current = new ArrayList<>();
        lists.add(current);
      }
      current.add(word);
      afterComma = false;
    }
    if (afterComma) throw new Bad("a ',' with nothing after it");
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
