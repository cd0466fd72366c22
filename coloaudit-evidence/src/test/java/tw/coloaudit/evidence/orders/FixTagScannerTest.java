package tw.coloaudit.evidence.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.coloaudit.evidence.testing.Bilingual;
import tw.coloaudit.model.Localized;

/**
 * The one-pass FIX scanner reads what the straightforward scanner it replaced read: the same
 * values, CheckSum and BodyLength (every delimiter counted as the SOH it stands for), and the same
 * reason for every line it cannot read.
 */
class FixTagScannerTest {

  private static final String BODY =
      "35=D|49=9A00COLO1|56=TWSE|34=2|52=20261118-01:00:00|11=R1|1=1234567|37=K0001|55=2330|54=1|58=a=b^c|60=20261118-01:00:00.123456|";

  /** A message with the right BodyLength and CheckSum, fields split by {@code d}, and its SOH form. */
  private static String[] message(String body, String d) {
    String soh = body.replace("|", "\u0001");
    String head = "8=FIX.4.4\u00019=" + soh.length() + "\u0001";
    int sum = 0;
    for (char c : (head + soh).toCharArray()) sum += c;
    String whole = head + soh + "10=" + String.format("%03d", sum % 256) + "\u0001";
    return new String[] {whole.replace("\u0001", d), whole};
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0001", "|", ";", "^A"})
  void readsValuesCheckSumAndBodyLengthWithEveryDelimiter(String d) {
    String[] m = message(BODY, d);
    byte[] b = bytes("20261118-01:00:00.124: " + m[0]);
    FixTagScanner f = new FixTagScanner();
    int start = FixTagScanner.begin(b, 0, b.length);

    assertThat(f.scan(b, start, b.length)).isNull();
    int sum = 0;
    for (char c : m[1].substring(0, m[1].indexOf("\u000110=") + 1).toCharArray()) sum += c;
    assertThat(f.checksumActual).isEqualTo(sum % 256).isEqualTo(f.intValue(b, FixTagScanner.CHECKSUM));
    assertThat(f.bodyLengthActual).isEqualTo(BODY.length()).isEqualTo(f.intValue(b, FixTagScanner.BODY_LENGTH));
    assertThat(f.text(b, FixTagScanner.CL_ORD_ID)).isEqualTo("R1");
    assertThat(f.text(b, FixTagScanner.SENDER)).isEqualTo("9A00COLO1");
    assertThat(f.text(b, FixTagScanner.TRANSACT_TIME)).isEqualTo("20261118-01:00:00.123456");
    assertThat(f.text(b, FixTagScanner.ORDER_ID)).isEqualTo("K0001");
    assertThat(f.fields).isEqualTo(15);
    assertSameAsPrevious(b, start, b.length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0001", "|", ";", "^A"})
  void keepsTheActualBodyLengthAndCheckSumWhenTheDeclaredOnesAreWrong(String d) {
    String good = message(BODY, d)[0];
    String badLength = good.replaceFirst("9=\\d+", "9=7");
    String badSum = good.substring(0, good.lastIndexOf("10=")) + "10=000" + d;
    FixTagScanner f = new FixTagScanner();

    byte[] b = bytes(badLength);
    assertThat(f.scan(b, 0, b.length)).isNull();
    assertThat(f.intValue(b, FixTagScanner.BODY_LENGTH)).isEqualTo(7);
    assertThat(f.bodyLengthActual).isEqualTo(BODY.length());
    assertSameAsPrevious(b, 0, b.length);

    b = bytes(badSum);
    assertThat(f.scan(b, 0, b.length)).isNull();
    assertThat(f.text(b, FixTagScanner.CHECKSUM)).isEqualTo("000");
    assertThat(f.checksumActual).isEqualTo(Integer.parseInt(good.substring(good.lastIndexOf("10=") + 3, good.lastIndexOf("10=") + 6)));
    assertSameAsPrevious(b, 0, b.length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0001", "|", ";", "^A"})
  void givesTheSameReasonsForLinesItCannotRead(String d) {
    String good = message(BODY, d)[0];
    FixTagScanner f = new FixTagScanner();
    for (int cut = 3; cut < good.length(); cut++) assertSameAsPrevious(bytes(good.substring(0, cut)), 0, cut);
    byte[] cut = bytes(good.substring(0, good.length() / 2));
    assertThat(f.scan(cut, 0, cut.length).en()).isEqualTo("message cut short: no CheckSum (10) field");
    assertThat(f.scan(cut, 0, cut.length).zh()).isEqualTo("訊息不完整：缺少 CheckSum（10）欄位");
    byte[] noValue = bytes(good.replace(d + "56=TWSE" + d, d + "56TWSE" + d));
    assertThat(f.scan(noValue, 0, noValue.length).en()).isEqualTo("field 5 is not tag=value");
    assertThat(f.scan(noValue, 0, noValue.length).zh()).isEqualTo("第 5 個欄位不是 tag=value 格式");
    byte[] hugeTag = bytes(good.replace(d + "56=", d + "123456789="));
    assertThat(f.scan(hugeTag, 0, hugeTag.length).en()).isEqualTo("tag number too large in field 5");
    assertThat(f.scan(hugeTag, 0, hugeTag.length).zh()).isEqualTo("第 5 個欄位的 tag 編號過大");
    // The same message further into the read buffer (after a logger's prefix) is named the same way.
    byte[] later = bytes("20261118-01:00:00.123: " + good.replace(d + "56=", d + "123456789="));
    assertThat(f.scan(later, 23, later.length).en()).isEqualTo("tag number too large in field 5");
    byte[] noDelimiter = bytes("8=FIX.4.4");
    assertThat(f.scan(noDelimiter, 0, noDelimiter.length).en()).isEqualTo("no field delimiter after BeginString");
    assertThat(f.scan(noDelimiter, 0, noDelimiter.length).zh()).isEqualTo("BeginString 之後沒有欄位分隔字元");
    for (byte[] b : List.of(cut, noValue, hugeTag, noDelimiter)) assertSameAsPrevious(b, 0, b.length);
  }

  @Test
  void findsTheMessageAfterAnyPrefix() {
    for (String line : new String[] {"8=FIX.4.4|9=5|", "x 8=FIX.4.2", "a=b c=d 8=FIX", "18=FIX 8=FIX", "18=FIX", "8=FI", "", "=8=FIX",
        "8=FIX", "123456789012345678=8=FIX"}) {
      byte[] b = bytes(line);
      assertThat(FixTagScanner.begin(b, 0, b.length)).as(line).isEqualTo(PreviousScanner.begin(b, 0, b.length));
    }
    assertThat(FixTagScanner.begin(bytes("a=b c=d 8=FIX"), 0, 13)).isEqualTo(8);
    assertThat(FixTagScanner.begin(bytes("18=FIX 8=FIX"), 0, 12)).isEqualTo(7);
  }

  @Test
  void readsWhatThePreviousScannerReadOnRandomisedLines() {
    SplittableRandom rnd = new SplittableRandom(20261118);
    String[] delimiters = {"\u0001", "|", ";", "^A", "^"};
    String[] tags = {"8", "9", "35", "11", "37", "1", "60", "52", "49", "55", "10", "56", "34", "58", "0", "007", "9999999"};
    for (int n = 0; n < 20_000; n++) {
      String d = delimiters[rnd.nextInt(delimiters.length)];
      StringBuilder body = new StringBuilder();
      int fields = rnd.nextInt(12);
      for (int k = 0; k < fields; k++) {
        body.append(tags[rnd.nextInt(tags.length)]).append('=').append(value(rnd)).append('|');
      }
      String m = message(body.toString(), d)[0];
      if (rnd.nextInt(4) == 0) m = mutate(m, rnd);
      String[] prefixes = {"LOG ", "", "20261118-01:00:00.124: ", "a=b 18=FIX 8=FI ", "x8=FIX.4.4|", "8=FI"};
      byte[] line = bytes(prefixes[rnd.nextInt(prefixes.length)] + m + (rnd.nextBoolean() ? "" : "  trailer"));
      // Sometimes at the very end of the array, so that no word can be read past the line.
      byte[] b = rnd.nextBoolean() ? line : Arrays.copyOf(line, line.length + rnd.nextInt(16));
      int start = FixTagScanner.begin(b, 0, line.length);
      assertThat(start).isEqualTo(PreviousScanner.begin(b, 0, line.length));
      if (start >= 0) assertSameAsPrevious(b, start, line.length);
    }
  }

  private static String value(SplittableRandom rnd) {
    String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz-:.=^ \u00e9\u00ff";
    StringBuilder v = new StringBuilder();
    int len = rnd.nextInt(3) == 0 ? rnd.nextInt(40) : rnd.nextInt(10);
    for (int i = 0; i < len; i++) v.append(chars.charAt(rnd.nextInt(chars.length())));
    return v.toString();
  }

  private static String mutate(String m, SplittableRandom rnd) {
    int at = rnd.nextInt(m.length());
    return switch (rnd.nextInt(4)) {
      case 0 -> m.substring(0, at);
      case 1 -> m.substring(0, at) + m.substring(Math.min(m.length(), at + 1 + rnd.nextInt(3)));
      case 2 -> m.substring(0, at) + "=^A|\u0001;9x".charAt(rnd.nextInt(8)) + m.substring(at);
      default -> m + m.substring(at);
    };
  }

  private static void assertSameAsPrevious(byte[] b, int start, int to) {
    FixTagScanner now = new FixTagScanner();
    PreviousScanner before = new PreviousScanner();
    Localized why = now.scan(b, start, to);
    String line = new String(b, start, to - start, StandardCharsets.ISO_8859_1);
    assertThat(why == null ? null : Bilingual.en(why, 1)).as(line).isEqualTo(before.scan(b, start, to));
    assertThat(now.valueFrom).as(line).containsExactly(before.valueFrom);
    assertThat(now.valueTo).as(line).containsExactly(before.valueTo);
    assertThat(now.fields).as(line).isEqualTo(before.fields);
    if (why == null) {
      assertThat(now.checksumActual).as(line).isEqualTo(before.checksumActual);
      assertThat(now.bodyLengthActual).as(line).isEqualTo(before.bodyLengthActual);
    }
  }

  /** The scanner as it was before it read each message in one pass: the reference for the results. */
  private static final class PreviousScanner {
    static int begin(byte[] b, int from, int to) {
      for (int i = from; i + 5 <= to; i++) {
        if (b[i] == '8' && b[i + 1] == '=' && b[i + 2] == 'F' && b[i + 3] == 'I' && b[i + 4] == 'X'
            && (i == from || !isDigit(b[i - 1]))) {
          return i;
        }
      }
      return -1;
    }

    final int[] valueFrom = new int[FixTagScanner.TAGS];
    final int[] valueTo = new int[FixTagScanner.TAGS];
    int bodyLengthActual;
    int checksumActual;
    int fields;

    String scan(byte[] b, int start, int to) {
      Arrays.fill(valueFrom, -1);
      Arrays.fill(valueTo, -1);
      fields = 0;
      int i = start + 2;
      while (i < to && (isDigit(b[i]) || (b[i] >= 'A' && b[i] <= 'Z') || b[i] == '.')) i++;
      if (i >= to) return "no field delimiter after BeginString";
      byte d = b[i];
      int dlen = 1;
      if (d == '^' && i + 1 < to && b[i + 1] == 'A') dlen = 2;
      int pos = start;
      int sum = 0;
      int bodyStart = -1;
      int checksumFieldStart = -1;
      while (pos < to) {
        int tag = 0;
        int t = pos;
        while (t < to && isDigit(b[t])) {
          tag = tag * 10 + (b[t] - '0');
          if (tag > 10_000_000) return "tag number too large in field " + (fields + 1);
          t++;
        }
        if (t >= to) return "message cut short: no CheckSum (10) field";
        if (t == pos || b[t] != '=') {
          if (valueFrom[FixTagScanner.CHECKSUM] >= 0) break;
          return "field " + (fields + 1) + " is not tag=value";
        }
        int vs = t + 1;
        int ve = vs;
        while (ve < to && !isDelimiter(b, ve, to, d, dlen)) ve++;
        int slot = slot(tag);
        if (slot >= 0 && valueFrom[slot] < 0) {
          valueFrom[slot] = vs;
          valueTo[slot] = ve;
        }
        fields++;
        if (tag == 10) {
          checksumFieldStart = pos;
          break;
        }
        for (int k = pos; k < ve; k++) sum += b[k] & 0xFF;
        sum += 1;
        if (tag == 9) bodyStart = ve + dlen;
        pos = ve + dlen;
      }
      if (valueFrom[FixTagScanner.CHECKSUM] < 0) return "message cut short: no CheckSum (10) field";
      checksumActual = sum & 0xFF;
      if (bodyStart >= 0) {
        int len = 0;
        int k = bodyStart;
        while (k < checksumFieldStart) {
          if (isDelimiter(b, k, to, d, dlen)) {
            len++;
            k += dlen;
          } else {
            len++;
            k++;
          }
        }
        bodyLengthActual = len;
      }
      return null;
    }

    private static boolean isDelimiter(byte[] b, int at, int to, byte d, int dlen) {
      if (b[at] != d) return false;
      return dlen == 1 || (at + 1 < to && b[at + 1] == 'A');
    }

    private static boolean isDigit(byte c) {
      return c >= '0' && c <= '9';
    }

    private static int slot(int tag) {
      return switch (tag) {
        case 8 -> FixTagScanner.BEGIN;
        case 9 -> FixTagScanner.BODY_LENGTH;
        case 35 -> FixTagScanner.MSG_TYPE;
        case 11 -> FixTagScanner.CL_ORD_ID;
        case 37 -> FixTagScanner.ORDER_ID;
        case 1 -> FixTagScanner.ACCOUNT;
        case 60 -> FixTagScanner.TRANSACT_TIME;
        case 52 -> FixTagScanner.SENDING_TIME;
        case 49 -> FixTagScanner.SENDER;
        case 55 -> FixTagScanner.SYMBOL;
        case 10 -> FixTagScanner.CHECKSUM;
        default -> -1;
      };
    }
  }
}
