package tw.coloaudit.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Deterministic mutations of seed inputs for the fuzz tests: byte and bit flips, truncation,
 * inserted delimiters and markup, huge fields and numbers, invalid UTF-8, NULs, Big5 bytes,
 * deleted, duplicated and spliced chunks, deep nesting; zip seeds (XLSX) may be mutated inside.
 */
final class Mutator {

  private static final String[] TOKENS = {
    ":", ",", ";", "\t", "\"", "'", "\n", "\r", "\r\n", "\\", "\\\n", "=", "|", "\u0001", "^A", "#", " ", "",
    "<", ">", "&", "&amp;", "&lol;", "&#0;", "&#x110000;", "<![CDATA[", "]]>", "<!--", "-->", "</", "/>",
    "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;",
    "8=FIX.4.4", "\u000110=000\u0001", "35=D", "%ASA-6-302013:", "IN= OUT= SRC=", "date=", "type=\"traffic\"",
    "#TYPE", "=HYPERLINK(\"x\")", "+1", "-1", "@SUM(1)", "0x7fffffff", "-9223372036854775808", "99999999999999999999999",
    "NaN", "1e309", "2026-02-30", "113/13/45", "民國999年99月99日", "24:61:61", "下午", "PM", "\uFEFF", "\u2028", "\u3000",
    "ALL", "NOPASSWD:", "Match", "Include", "[System Access]", "- ", "{", "}", "[", "]", "*", "&a", "!!binary", "---",
  };

  private static final byte[][] BAD_BYTES = {
    {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0}, {0, 0, 0, 0},
    {(byte) 0xA4, (byte) 0xA4}, {(byte) 0xA4}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0x1f, (byte) 0x8b}, {'P', 'K', 3, 4},
  };

  private final SplittableRandom random;

  Mutator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  SplittableRandom random() {
    return random;
  }

  /** One to four mutations of {@code in}, drawing on {@code others} for splices. */
  byte[] mutate(byte[] in, List<FuzzCorpus.Seed> others) {
    if (isZip(in) && random.nextInt(3) > 0) {
      byte[] inside = mutateInsideZip(in, others);
      if (inside != null) return inside;
    }
    byte[] b = in;
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) b = once(b, others);
    return b;
  }

  private byte[] once(byte[] b, List<FuzzCorpus.Seed> others) {
    int len = b.length;
    int at = len == 0 ? 0 : random.nextInt(len + 1);
    switch (random.nextInt(14)) {
      case 0 -> {
        if (len == 0) return b;
        byte[] c = b.clone();
        int i = random.nextInt(len);
        c[i] = (byte) random.nextInt(256);
        return c;
      }
      case 1 -> {
        if (len == 0) return b;
        byte[] c = b.clone();
        int i = random.nextInt(len);
        c[i] ^= (byte) (1 << random.nextInt(8));
        return c;
      }
      case 2 -> {
        return java.util.Arrays.copyOf(b, at);
      }
      case 3, 4 -> {
        return insert(b, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
      }
      case 5 -> {
        return insert(b, at, BAD_BYTES[random.nextInt(BAD_BYTES.length)]);
      }
      case 6 -> {
        // A field over the line limit, or just under it.
        int size = random.nextBoolean() ? 65 * 1024 + random.nextInt(4096) : 1 + random.nextInt(5000);
        byte fill = (byte) "A0:,;<\"= ".charAt(random.nextInt(9));
        byte[] huge = new byte[size];
        java.util.Arrays.fill(huge, fill);
        return insert(b, at, huge);
      }
      case 7 -> {
        if (len == 0) return b;
        int from = random.nextInt(len);
        int to = Math.min(len, from + 1 + random.nextInt(Math.max(1, len / 4)));
        byte[] c = new byte[len - (to - from)];
        System.arraycopy(b, 0, c, 0, from);
        System.arraycopy(b, to, c, from, len - to);
        return c;
      }
      case 8 -> {
        if (len == 0) return b;
        int from = random.nextInt(len);
        int to = Math.min(len, from + 1 + random.nextInt(Math.max(1, Math.min(len, 2000))));
        byte[] chunk = java.util.Arrays.copyOfRange(b, from, to);
        int times = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 3);
        byte[] out = b;
        for (int i = 0; i < times && out.length < 2_000_000; i++) out = insert(out, at, chunk);
        return out;
      }
      case 9 -> {
        if (others.isEmpty()) return b;
        byte[] o = others.get(random.nextInt(others.size())).bytes();
        if (o.length == 0) return b;
        int from = random.nextInt(o.length);
        int to = Math.min(o.length, from + 1 + random.nextInt(o.length - from));
        return insert(java.util.Arrays.copyOf(b, at), at, java.util.Arrays.copyOfRange(o, from, to));
      }
      case 10 -> {
        String open = random.nextBoolean() ? "<a>" : "[";
        int depth = 50 + random.nextInt(random.nextInt(4) == 0 ? 5000 : 200);
        return insert(b, at, open.repeat(depth).getBytes(StandardCharsets.UTF_8));
      }
      case 11 -> {
        // Every line ending changed to one kind.
        String s = new String(b, StandardCharsets.ISO_8859_1);
        String eol = new String[] {"\r\n", "\r", "\n", "\u0085"}[random.nextInt(4)];
        return s.replaceAll("\r\n|\r|\n", eol).getBytes(StandardCharsets.ISO_8859_1);
      }
      case 12 -> {
        byte[] c = b.clone();
        for (int i = 0; i < c.length; i++) {
          if (random.nextInt(20) == 0) c[i] = 0;
        }
        return c;
      }
      default -> {
        String big = random.nextBoolean() ? "9".repeat(20 + random.nextInt(400)) : "-" + "1".repeat(19);
        return insert(b, at, big.getBytes(StandardCharsets.US_ASCII));
      }
    }
  }

  private byte[] mutateInsideZip(byte[] zip, List<FuzzCorpus.Seed> others) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) entries.put(e.getName(), in.readAllBytes());
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (entries.isEmpty()) return null;
    List<String> names = new ArrayList<>(entries.keySet());
    String victim = names.get(random.nextInt(names.size()));
    entries.put(victim, once(once(entries.get(victim), others), others));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      return null;
    }
    return bytes.toByteArray();
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    at = Math.min(at, b.length);
    byte[] c = new byte[b.length + what.length];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(what, 0, c, at, what.length);
    System.arraycopy(b, at, c, at + what.length, b.length - at);
    return c;
  }
}
