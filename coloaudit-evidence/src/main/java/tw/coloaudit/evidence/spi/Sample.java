package tw.coloaudit.evidence.spi;

import java.util.List;

/**
 * The cheap look a parser's probe gets: the file name (without {@code .gz}), the first decompressed
 * bytes and the first decoded lines.
 */
public record Sample(String fileName, byte[] head, List<String> lines) {

  public Sample {
    lines = List.copyOf(lines);
  }

  /** The first line that is neither blank nor a {@code #} comment, or "" when there is none. */
  public String firstContentLine() {
    for (String l : lines) {
      String t = l.strip();
      if (!t.isEmpty() && !t.startsWith("#")) return l;
    }
    return "";
  }

  public boolean isZipLike() {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }
}
