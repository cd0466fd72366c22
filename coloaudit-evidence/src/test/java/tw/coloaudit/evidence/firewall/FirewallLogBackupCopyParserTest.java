package tw.coloaudit.evidence.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A folder of backup copies: copies are probed and counted, sum manifests are left to the register reader. */
class FirewallLogBackupCopyParserTest {

  private final FirewallLogBackupCopyParser parser = new FirewallLogBackupCopyParser();

  @Test
  void aCopyIsProbedAndItsLinesAreCountedAsSkipped() throws IOException {
    BytesInput copy = BytesInput.of("kern.log-20260101.gz", "Jan  1 00:00:01 fw kernel: IN=eth0\r\n\r\nJan  1 00:00:02 fw kernel: IN=eth0");
    assertThat(parser.probe(copy.sample())).isTrue();
    FwContext ctx = new FwContext("backup/kern.log-20260101.gz", "colo-fw-1");
    parser.parse(copy, ctx);
    assertThat(ctx.outcomes).containsEntry(1, "skipped").containsEntry(3, "skipped").hasSize(2);
    assertThat(ctx.records).isEmpty();
  }

  @Test
  void aManifestOfSumsIsNotACopy() throws IOException {
    assertThat(parser.probe(BytesInput.of("sums.csv", "file,sha256\nkern.log,ab\n").sample())).isFalse();
    assertThat(parser.probe(BytesInput.of("sums.txt", "file,sha256,location\n").sample())).isFalse();
  }
}
