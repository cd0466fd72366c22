package tw.coloaudit.evidence.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.FileEntry;

class EvidenceFileTest {

  @TempDir Path tmp;

  private EvidenceFile file(String name, byte[] bytes, String encoding) throws IOException {
    Path f = tmp.resolve(name);
    Files.createDirectories(f.getParent());
    Files.write(f, bytes);
    FileEntry entry = new FileEntry(name, "login-log", null, encoding, "gw", null, null, 3);
    return new EvidenceFile(EvidencePack.open(tmp), name, entry);
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  private static List<String> lines(EvidenceFile f) throws IOException {
    try (BufferedReader r = f.openText()) {
      return r.lines().toList();
    }
  }

  @Test
  void decompressesGzipAndDropsGzFromTheName() throws IOException {
    EvidenceFile f = file("logs/auth.log.2.gz", gzip("line one\nline two\n".getBytes(StandardCharsets.UTF_8)), null);
    assertThat(f.fileName()).isEqualTo("auth.log.2");
    assertThat(f.isGzip()).isTrue();
    assertThat(lines(f)).containsExactly("line one", "line two");
    assertThat(f.encodingName()).isEqualTo("UTF-8");
  }

  @Test
  void recognisesGzipByItsBytesWhateverTheName() throws IOException {
    EvidenceFile f = file("logs/secure-20250101", gzip("a\r\nb\r\n".getBytes(StandardCharsets.UTF_8)), null);
    assertThat(f.fileName()).isEqualTo("secure-20250101");
    assertThat(lines(f)).containsExactly("a", "b");
  }

  @Test
  void reportsATruncatedGzipAsAnIoErrorNamingTheFile() throws IOException {
    byte[] whole = gzip("x".repeat(100_000).getBytes(StandardCharsets.UTF_8));
    EvidenceFile f = file("logs/kern.log.gz", Arrays.copyOf(whole, whole.length / 2), null);
    assertThatThrownBy(() -> lines(f))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("logs/kern.log.gz")
        .hasMessageContaining("truncated");
  }

  @Test
  void reportsAGzNameOnPlainBytes() throws IOException {
    EvidenceFile f = file("logs/plain.gz", "not gzip".getBytes(StandardCharsets.UTF_8), null);
    assertThatThrownBy(f::openBytes).isInstanceOf(IOException.class).hasMessageContaining("not gzip");
  }

  @Test
  void skipsTheBomOfUtf16AsPowerShellWritesIt() throws IOException {
    byte[] text = "\"Name\",\"Enabled\"\r\n\"王大明\",\"True\"\r\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] b = new byte[text.length + 2];
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xFE;
    System.arraycopy(text, 0, b, 2, text.length);
    EvidenceFile f = file("users.csv", b, null);
    assertThat(f.encodingName()).isEqualTo("UTF-16LE (BOM)");
    assertThat(lines(f)).containsExactly("\"Name\",\"Enabled\"", "\"王大明\",\"True\"");
  }

  @Test
  void decodesBig5() throws IOException {
    EvidenceFile f = file("people.csv", "人員代號,姓名\nE001,王大明\n".getBytes(Charset.forName("x-windows-950")), null);
    assertThat(f.encodingName()).isEqualTo("Big5");
    assertThat(lines(f)).containsExactly("人員代號,姓名", "E001,王大明");
  }

  @Test
  void warnsWhenTheDeclaredEncodingDoesNotFit() throws IOException {
    EvidenceFile f = file("people.csv", "人員代號,姓名\n".getBytes(Charset.forName("x-windows-950")), "UTF-8");
    assertThat(f.detected().warning().en()).contains("people.csv").contains("UTF-8").contains("Big5");
  }

  @Test
  void samplesTheFirstBytesAndLines() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 1000; i++) sb.append("line ").append(i).append('\n');
    EvidenceFile f = file("big.log.gz", gzip(sb.toString().getBytes(StandardCharsets.UTF_8)), null);
    Sample s = EvidenceFile.sample(f);
    assertThat(s.fileName()).isEqualTo("big.log");
    assertThat(s.head()).hasSize(EvidenceFile.SAMPLE_BYTES);
    assertThat(s.lines()).hasSize(EvidenceFile.SAMPLE_LINES).startsWith("line 1", "line 2").endsWith("line 20");
  }

  @Test
  void samplesAShortFileWhole() throws IOException {
    Sample s = EvidenceFile.sample(file("s.txt", "a\nb".getBytes(StandardCharsets.UTF_8), null));
    assertThat(s.lines()).containsExactly("a", "b");
    assertThat(new String(s.head(), StandardCharsets.UTF_8)).isEqualTo("a\nb");
  }
}
