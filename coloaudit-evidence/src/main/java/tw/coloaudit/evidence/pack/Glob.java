package tw.coloaudit.evidence.pack;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A manifest path pattern matched against pack paths: {@code *} and {@code ?} stay within one
 * path segment, {@code **} crosses segments, {@code [abc]} and {@code {a,b}} as in shells. A
 * path with no glob characters matches only itself.
 */
public final class Glob {

  private final String pattern;
  private final Pattern regex;

  private Glob(String pattern, Pattern regex) {
    this.pattern = pattern;
    this.regex = regex;
  }

  /** Compiles a manifest glob; a trailing {@code /} means everything below that folder. */
  public static Glob of(String pattern) {
    String p = pattern.replace('\\', '/');
    while (p.startsWith("./")) p = p.substring(2);
    if (p.endsWith("/")) p = p + "**";
    if (!isGlob(p)) return new Glob(pattern, Pattern.compile(Pattern.quote(p)));
    return new Glob(pattern, Pattern.compile(toRegex(p)));
  }

  /** Whether the text holds any glob character. */
  public static boolean isGlob(String p) {
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') return true;
    }
    return false;
  }

  public String pattern() {
    return pattern;
  }

  public boolean matches(String path) {
    return regex.matcher(path).matches();
  }

  /** The paths of {@code paths} this glob matches, in their order. */
  public List<String> filter(List<String> paths) {
    return paths.stream().filter(this::matches).toList();
  }

  private static String toRegex(String p) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < p.length() && p.charAt(i + 1) == '*') {
            i++;
            boolean slashBefore = i - 2 < 0 || p.charAt(i - 2) == '/';
            boolean slashAfter = i + 1 < p.length() && p.charAt(i + 1) == '/';
            if (slashBefore && slashAfter) {
              // "a/**/b" also matches "a/b": the folder part may be empty.
              re.append("(?:.*/)?");
              i++;
            } else {
              re.append(".*");
            }
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '[' -> {
          int close = p.indexOf(']', i + 2);
          if (close < 0) {
            re.append("\\[");
          } else {
            String body = p.substring(i + 1, close);
            boolean negate = body.startsWith("!") || body.startsWith("^");
            if (negate) body = body.substring(1);
            re.append('[').append(negate ? "^/" : "");
            for (char b : body.toCharArray()) {
              if (b == '\\' || b == '[' || b == ']' || b == '^' || b == '&') re.append('\\');
              re.append(b);
            }
            re.append(']');
            i = close;
          }
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces > 0) {
            braces--;
            re.append(')');
          } else {
            re.append("\\}");
          }
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        default -> {
          if ("\\.()+|^$@%".indexOf(c) >= 0) re.append('\\');
          re.append(c);
        }
      }
    }
    while (braces-- > 0) re.append(')');
    return re.toString();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
