package tw.coloaudit.evidence.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FortiGateFieldsTest {

  private static final String LINE = "<189>date=2026-03-04 time=07:08:09 devname=\"colo-fw-1\" devid=\"FG100F\""
      + " eventtime=1772579289000000000 tz=\"+0800\" logid=\"0000000013\" type=\"traffic\" subtype=\"forward\""
      + " level=\"notice\" vd=\"root\" srcip=203.0.113.7 srcport=51515 srcintf=\"port1\" dstip=10.20.1.11"
      + " dstport=443 sessionid=12 proto=6 action=\"accept\" policyid=12 service=\"HTTPS\"";

  @Test
  void findsEveryFieldAtEveryAlignmentWithoutReadingPastTheLineEnd() {
    byte[] line = LINE.getBytes(StandardCharsets.US_ASCII);
    for (int shift = 0; shift < 16; shift++) {
      for (int cut = 0; cut < 12; cut++) {
        // Bytes around the line that would be matches if the scan read outside it.
        byte[] b = new byte[shift + line.length + 16];
        Arrays.fill(b, (byte) '"');
        System.arraycopy(line, 0, b, shift, line.length);
        int end = shift + line.length - cut;
        FortiGateFields f = new FortiGateFields();
        assertThat(f.scan(b, shift, end)).isTrue();
        assertThat(text(b, f.dateStart, f.dateStart + 10)).isEqualTo("2026-03-04");
        assertThat(text(b, f.timeStart, f.timeStart + 8)).isEqualTo("07:08:09");
        assertThat(text(b, f.tzStart, f.tzEnd)).isEqualTo("+0800");
        assertThat(text(b, f.devStart, f.devEnd)).isEqualTo("colo-fw-1");
        assertThat(text(b, f.devidStart, f.devidEnd)).isEqualTo("FG100F");
        assertThat(text(b, f.typeStart, f.typeEnd)).isEqualTo("traffic");
        assertThat(text(b, f.srcStart, f.srcEnd)).isEqualTo("203.0.113.7");
        assertThat(text(b, f.dstStart, f.dstEnd)).isEqualTo("10.20.1.11");
        assertThat(text(b, f.actionStart, f.actionEnd)).isEqualTo("accept");
      }
    }
  }

  @Test
  void aLineCutInsideAQuotedValueEndsTheValueAtTheLineEnd() {
    byte[] b = "date=2026-03-04 time=07:08:09 devname=\"colo-fw-1 extra\"\"\"\"\"\"\"\""
        .getBytes(StandardCharsets.US_ASCII);
    FortiGateFields f = new FortiGateFields();
    int end = "date=2026-03-04 time=07:08:09 devname=\"colo-fw-1 ex".length();
    assertThat(f.scan(b, 0, end)).isTrue();
    assertThat(text(b, f.devStart, f.devEnd)).isEqualTo("colo-fw-1 ex");
  }

  private static String text(byte[] b, int s, int e) {
    return new String(b, s, e - s, StandardCharsets.US_ASCII);
  }
}
