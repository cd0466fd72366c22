package tw.coloaudit.evidence.firewall;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.FileEntry;

/** An evidence file for tests over bytes in memory (gunzipped when they are gzip). */
final class BytesInput implements EvidenceInput {

  private final String path;
  private final byte[] bytes;

  BytesInput(String path, byte[] bytes) {
    this.path = path;
    this.bytes = bytes;
  }

  static BytesInput of(String path, String text) {
    return new BytesInput(path, text.getBytes(StandardCharsets.UTF_8));
  }

  static BytesInput read(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    if (b.length > 2 && b[0] == 0x1f && b[1] == (byte) 0x8b) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
        b = in.readAllBytes();
      }
    }
    return new BytesInput(file.getFileName().toString(), b);
  }

  Sample sample() throws IOException {
    try (BufferedReader r = openText()) {
      return new Sample(fileName(), bytes, r.lines().limit(20).toList());
    }
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String fileName() {
    return path.endsWith(".gz") ? path.substring(0, path.length() - 3) : path;
  }

  @Override
  public FileEntry entry() {
    return null;
  }

  @Override
  public InputStream openBytes() {
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public BufferedReader openText() {
    return new BufferedReader(new InputStreamReader(openBytes(), StandardCharsets.UTF_8));
  }

  @Override
  public Charset charset() {
    return StandardCharsets.UTF_8;
  }
}
