package tw.coloaudit.evidence.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import tw.coloaudit.model.Localized;

/**
 * Detects the text encoding of an evidence file from its first bytes: a byte-order mark, else
 * strictly valid UTF-8, else strictly valid CP950 (reported as Big5), else ISO-8859-1 with a
 * warning. A declared encoding wins but is checked against the bytes.
 */
public final class TextDecoding {

  /** How many leading bytes detection examines. */
  public static final int SAMPLE_BYTES = 1 << 20;

  /** Windows code page 950, what Taiwanese Windows machines write and call "Big5". */
  public static final Charset CP950 = Charset.forName("x-windows-950");

  /**
   * The outcome of detection: the charset to decode with, the name to report in the ingest summary,
   * how many BOM bytes to skip, whether the manifest declared it, and a warning (in Traditional
   * Chinese and English) or null.
   */
  public record Detected(Charset charset, String name, int bomLength, boolean declared, Localized warning) {}

  private TextDecoding() {}

  /** Detects the encoding of {@code head}, the first bytes of a file; see the class comment. */
  public static Detected detect(byte[] head, boolean truncated, String declared) {
    return detect("(file)", head, truncated, declared);
  }

  /**
   * Detects the encoding of {@code head}, the first bytes (at most {@link #SAMPLE_BYTES} are
   * examined) of the file {@code file}; {@code truncated} says the file goes on after them, so a
   * multi-byte sequence cut at the end is not held against it. {@code declared} is the manifest's
   * {@code encoding:} or null.
   */
  public static Detected detect(String file, byte[] head, boolean truncated, String declared) {
    Detected d = detectText(file, head, truncated, declared);
    if (d.charset().name().startsWith("UTF-16")) return d;
    int len = Math.min(head.length, SAMPLE_BYTES);
    int nuls = 0;
    for (int i = 0; i < len; i++) {
      if (head[i] == 0) nuls++;
    }
    if (nuls == 0) return d;
    // Logs cut by a crash hold runs of NULs, so the file is read anyway; a binary file is not text.
    Localized binary =
        Localized.of(
            file + "：前 " + len + " 個位元組中有 " + nuls + " 個 NUL 位元組：可能是二進位資料，或因當機而損毀的文字；"
                + "無法解讀的行將計為無法讀取",
            file + ": " + nuls + " NUL bytes in the first " + len + " bytes: binary data, or text damaged by a crash;"
                + " lines that cannot be read are rejected");
    Localized warning =
        d.warning() == null
            ? binary
            : Localized.of(d.warning().zh() + "；" + binary.zh(), d.warning().en() + "; " + binary.en());
    return new Detected(d.charset(), d.name(), d.bomLength(), d.declared(), warning);
  }

  private static Detected detectText(String file, byte[] head, boolean truncated, String declared) {
    int len = Math.min(head.length, SAMPLE_BYTES);
    boolean cut = truncated || head.length > SAMPLE_BYTES;
    Detected sniffed = sniff(file, head, len, cut);
    if (declared == null || declared.isBlank()) return sniffed;

    Charset cs;
    try {
      cs = charsetFor(declared.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return new Detected(
          sniffed.charset(),
          sniffed.name(),
          sniffed.bomLength(),
          false,
          Localized.of(
              file + "：無法辨識宣告的編碼 '" + declared + "'；改用偵測到的 " + sniffed.name(),
              file + ": the declared encoding '" + declared + "' is not known; detected " + sniffed.name() + " is used"));
    }
    int bom = bomLengthFor(cs, head, len);
    String name = reportName(cs) + (bom > 0 ? " (BOM)" : "");
    Localized warning = null;
    if (!decodesStrictly(cs, head, bom, len, cut)) {
      warning =
          Localized.of(
              file + "：內容無法以宣告的編碼 " + reportName(cs) + " 解碼（看似 " + sniffed.name() + "）；"
                  + "仍依宣告的編碼解碼，無法解讀的位元組已替換",
              file + ": the bytes do not decode as the declared encoding " + reportName(cs)
                  + " (they look like " + sniffed.name() + "); decoded as declared, unreadable bytes replaced");
    }
    return new Detected(cs, name, bom, true, warning);
  }

  /** The charset for an encoding name as a manifest writes it; Big5 names map to CP950. */
  public static Charset charsetFor(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace("_", "-");
    switch (n) {
      case "big5", "big-5", "cp950", "ms950", "windows-950", "x-windows-950", "big5-hkscs" -> {
        return CP950;
      }
      case "utf8" -> {
        return StandardCharsets.UTF_8;
      }
      case "latin1", "latin-1" -> {
        return StandardCharsets.ISO_8859_1;
      }
      default -> {
        return Charset.forName(name);
      }
    }
  }

  /** The name the ingest summary shows for a charset. */
  public static String reportName(Charset cs) {
    if (cs.equals(CP950)) return "Big5";
    return cs.name();
  }

  private static Detected sniff(String file, byte[] b, int len, boolean cut) {
    if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, "UTF-8 (BOM)", 3, false, null);
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, "UTF-16LE (BOM)", 2, false, null);
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, "UTF-16BE (BOM)", 2, false, null);
    }
    if (decodesStrictly(StandardCharsets.UTF_8, b, 0, len, cut)) {
      return new Detected(StandardCharsets.UTF_8, "UTF-8", 0, false, null);
    }
    if (decodesStrictly(CP950, b, 0, len, cut)) {
      return new Detected(CP950, "Big5", 0, false, null);
    }
    return new Detected(
        StandardCharsets.ISO_8859_1,
        "ISO-8859-1",
        0,
        false,
        Localized.of(
            file + "：既不是 UTF-8 也不是 Big5：以 ISO-8859-1 讀取，非 ASCII 的文字可能有誤",
            file + ": neither UTF-8 nor Big5: read as ISO-8859-1, non-ASCII text may be wrong"));
  }

  private static int bomLengthFor(Charset cs, byte[] b, int len) {
    if (cs.equals(StandardCharsets.UTF_8)
        && len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return 3;
    }
    boolean utf16 = cs.name().startsWith("UTF-16");
    if (utf16 && len >= 2) {
      int b0 = b[0] & 0xFF;
      int b1 = b[1] & 0xFF;
      if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) return 2;
    }
    return 0;
  }

  /**
   * Whether {@code b[from..len)} decodes without a malformed or unmappable sequence. When the
   * sample is cut, an incomplete sequence at its very end is allowed.
   */
  static boolean decodesStrictly(Charset cs, byte[] b, int from, int len, boolean cut) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, Math.max(0, len - from));
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = dec.decode(in, out, !cut);
      if (r.isError()) return false;
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      break;
    }
    if (!cut) {
      try {
        out.clear();
        CoderResult r = dec.flush(out);
        if (r.isError()) return false;
      } catch (IllegalStateException e) {
        return false;
      }
      return !in.hasRemaining();
    }
    // A cut sample may end inside a sequence: at most a few bytes may remain undecoded.
    return in.remaining() <= 3;
  }
}
