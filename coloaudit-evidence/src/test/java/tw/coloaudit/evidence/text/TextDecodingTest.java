package tw.coloaudit.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

  private static final String TEXT = "系統,帳號,密碼變更日期\ncolo-gw-1,王大明,113/05/01\n";
  private static final Charset CP950 = Charset.forName("x-windows-950");

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void detectsUtf8WithoutBom() {
    TextDecoding.Detected d = TextDecoding.detect(TEXT.getBytes(StandardCharsets.UTF_8), false, null);
    assertThat(d.name()).isEqualTo("UTF-8");
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.bomLength()).isZero();
    assertThat(d.warning()).isNull();
  }

  @Test
  void detectsUtf8WithBomAndSkipsIt() {
    byte[] b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
    TextDecoding.Detected d = TextDecoding.detect(b, false, null);
    assertThat(d.name()).isEqualTo("UTF-8 (BOM)");
    assertThat(d.bomLength()).isEqualTo(3);
    assertThat(new String(b, d.bomLength(), b.length - d.bomLength(), d.charset())).isEqualTo(TEXT);
  }

  @Test
  void detectsUtf16LittleEndianWithBom() {
    byte[] b = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
    TextDecoding.Detected d = TextDecoding.detect(b, false, null);
    assertThat(d.name()).isEqualTo("UTF-16LE (BOM)");
    assertThat(new String(b, d.bomLength(), b.length - d.bomLength(), d.charset())).isEqualTo(TEXT);
  }

  @Test
  void detectsUtf16BigEndianWithBom() {
    byte[] b = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
    TextDecoding.Detected d = TextDecoding.detect(b, false, null);
    assertThat(d.name()).isEqualTo("UTF-16BE (BOM)");
    assertThat(new String(b, d.bomLength(), b.length - d.bomLength(), d.charset())).isEqualTo(TEXT);
  }

  @Test
  void detectsBig5AsExcelWritesItOnTaiwaneseWindows() {
    byte[] b = TEXT.getBytes(CP950);
    TextDecoding.Detected d = TextDecoding.detect(b, false, null);
    assertThat(d.name()).isEqualTo("Big5");
    assertThat(new String(b, d.charset())).isEqualTo(TEXT);
    assertThat(d.warning()).isNull();
  }

  @Test
  void fallsBackToLatin1WithAWarningNamingTheFile() {
    byte[] b = {'a', ',', (byte) 0x81, (byte) 0x20, 'b', '\n', (byte) 0xFF};
    TextDecoding.Detected d = TextDecoding.detect("x.csv", b, false, null);
    assertThat(d.name()).isEqualTo("ISO-8859-1");
    assertThat(d.warning().en()).contains("x.csv").contains("ISO-8859-1");
    assertThat(d.warning().zh()).isEqualTo("x.csv：既不是 UTF-8 也不是 Big5：以 ISO-8859-1 讀取，非 ASCII 的文字可能有誤");
  }

  @Test
  void doesNotHoldAMultiByteSequenceCutAtTheSampleEndAgainstUtf8() {
    byte[] full = "帳號帳號".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(full, full.length - 1);
    assertThat(TextDecoding.detect(cut, true, null).name()).isEqualTo("UTF-8");
    assertThat(TextDecoding.detect(cut, false, null).name()).isNotEqualTo("UTF-8");
  }

  @Test
  void doesNotHoldABig5CharacterCutAtTheSampleEndAgainstIt() {
    byte[] full = TEXT.trim().getBytes(CP950);
    byte[] cut = Arrays.copyOf(full, full.length - 1);
    assertThat(TextDecoding.detect(cut, true, null).name()).isEqualTo("Big5");
  }

  @Test
  void examinesOnlyTheFirstMebibyte() {
    byte[] b = new byte[TextDecoding.SAMPLE_BYTES + 10];
    Arrays.fill(b, (byte) 'a');
    b[b.length - 1] = (byte) 0xFF;
    assertThat(TextDecoding.detect(b, false, null).name()).isEqualTo("UTF-8");
  }

  @Test
  void usesTheDeclaredEncodingWhenTheBytesFitIt() {
    TextDecoding.Detected d = TextDecoding.detect("a.csv", TEXT.getBytes(CP950), false, "big5");
    assertThat(d.charset()).isEqualTo(CP950);
    assertThat(d.name()).isEqualTo("Big5");
    assertThat(d.declared()).isTrue();
    assertThat(d.warning()).isNull();
  }

  @Test
  void warnsWhenADeclaredUtf8FileIsReallyBig5() {
    TextDecoding.Detected d = TextDecoding.detect("accounts/gw.csv", TEXT.getBytes(CP950), false, "UTF-8");
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.warning().en()).contains("accounts/gw.csv").contains("UTF-8").contains("Big5");
  }

  @Test
  void skipsTheBomOfADeclaredUtf8File() {
    byte[] b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
    TextDecoding.Detected d = TextDecoding.detect("a.csv", b, false, "utf-8");
    assertThat(d.bomLength()).isEqualTo(3);
    assertThat(d.name()).isEqualTo("UTF-8 (BOM)");
    assertThat(d.warning()).isNull();
  }

  @Test
  void warnsAboutAnUnknownDeclaredEncodingAndDetectsInstead() {
    TextDecoding.Detected d = TextDecoding.detect("a.csv", TEXT.getBytes(StandardCharsets.UTF_8), false, "klingon-8");
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.warning().en()).contains("klingon-8").contains("a.csv");
    assertThat(d.warning().zh()).isEqualTo("a.csv：無法辨識宣告的編碼 'klingon-8'；改用偵測到的 UTF-8");
  }

  @Test
  void warnsInBothLanguagesAboutNulBytesAfterAnyOtherWarning() {
    byte[] b = {'a', 0, 0, 'b', '\n', (byte) 0xFF};
    TextDecoding.Detected d = TextDecoding.detect("dump.log", b, false, null);
    assertThat(d.warning().en())
        .startsWith("dump.log: neither UTF-8 nor Big5")
        .endsWith("; dump.log: 2 NUL bytes in the first 6 bytes: binary data, or text damaged by a crash;"
            + " lines that cannot be read are rejected");
    assertThat(d.warning().zh())
        .startsWith("dump.log：既不是 UTF-8 也不是 Big5")
        .endsWith("；dump.log：前 6 個位元組中有 2 個 NUL 位元組：可能是二進位資料，或因當機而損毀的文字；無法解讀的行將計為無法讀取");
  }
}
