package tw.coloaudit.evidence.testing;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.model.FileEntry;

/** An evidence file for parser tests, over bytes in memory, decoded as the pack reader would (its entry names no system). */
public final class TextInput implements EvidenceInput {

  private final String path;
  private final byte[] bytes;
  private final Charset charset;

  private TextInput(String path, byte[] bytes, Charset charset) {
    this.path = path;
    this.bytes = bytes;
    this.charset = charset;
  }

  public static TextInput of(String path, String text) {
    return new TextInput(path, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  /** Text written as Windows writes it: UTF-16LE with a byte-order mark. */
  public static TextInput utf16le(String path, String text) {
    byte[] body = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    return new TextInput(path, body, StandardCharsets.UTF_16LE);
  }

  public static TextInput of(Path file, String path) throws IOException {
    return new TextInput(path, Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String fileName() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  @Override
  public FileEntry entry() {
    return new FileEntry(path, "test", null, null, null, null, null, 0);
  }

  @Override
  public InputStream openBytes() {
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public BufferedReader openText() throws IOException {
    PushbackReader r = new PushbackReader(new InputStreamReader(openBytes(), charset));
    int first = r.read();
    if (first >= 0 && first != '\uFEFF') r.unread(first);
    return new BufferedReader(r);
  }

  @Override
  public Charset charset() {
    return charset;
  }
}
