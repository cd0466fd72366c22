package tw.coloaudit.evidence.vuln;

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

/** A scan file for tests, over bytes in memory, listed with kind vuln-scan. */
final class ScanInput implements EvidenceInput {

  private final String path;
  private final byte[] bytes;

  private ScanInput(String path, byte[] bytes) {
    this.path = path;
    this.bytes = bytes;
  }

  static ScanInput of(String path, String text) {
    return new ScanInput(path, text.getBytes(StandardCharsets.UTF_8));
  }

  static ScanInput of(Path file, String path) throws IOException {
    return new ScanInput(path, Files.readAllBytes(file));
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Override
  public FileEntry entry() {
    return new FileEntry(path, "vuln-scan", null, null, null, null, null, 0);
  }

  @Override
  public InputStream openBytes() {
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public BufferedReader openText() throws IOException {
    PushbackReader r = new PushbackReader(new InputStreamReader(openBytes(), StandardCharsets.UTF_8));
    int first = r.read();
    if (first >= 0 && first != '\uFEFF') r.unread(first);
    return new BufferedReader(r);
  }

  @Override
  public Charset charset() {
    return StandardCharsets.UTF_8;
  }

  byte[] bytes() {
    return bytes;
  }
}
