package tw.coloaudit.evidence.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.register.RegisterParser;
import tw.coloaudit.model.FileEntry;
import tw.coloaudit.model.vuln.RemediationDecision;
import tw.coloaudit.model.vuln.RemediationRecord;

class RemediationRowsTest {

  private static ScanContext read(String csv) {
    ScanInput base = ScanInput.of("registers/vuln-remediation.csv", csv);
    var input = new tw.coloaudit.evidence.spi.EvidenceInput() {
      @Override public String path() { return base.path(); }
      @Override public String fileName() { return base.fileName(); }
      @Override public FileEntry entry() { return new FileEntry(base.path(), "vuln-remediation", null, null, null, null, null, 0); }
      @Override public java.io.InputStream openBytes() { return base.openBytes(); }
      @Override public java.io.BufferedReader openText() throws IOException { return base.openText(); }
      @Override public java.nio.charset.Charset charset() { return base.charset(); }
    };
    ScanContext ctx = new ScanContext(base.path(), null);
    try {
      RegisterParser.csv().parse(input, ctx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ctx;
  }

  @Test
  void readsDecisionsInEnglishAndChineseWithRocDates() {
    ScanContext r = read("""
        主機,弱點,處理方式,處理日期,核准人,說明
        10.20.1.41,187315,修補,115/08/20,資訊主管 王大明,升級 OpenSSH 9.8
        colo-gw-1,CVE-2023-48795,mitigated,2026-08-21,,關閉 chacha20
        10.20.1.21,57582,接受,2026/8/22,資訊主管 王大明,內部憑證，風險評估後接受
        10.20.1.21,57583,ignored,2026/8/22,,
        10.20.1.21,,patched,2026/8/22,,
        """);

    assertThat(r.counts()).isEqualTo("3 used, 0 skipped, 2 rejected");
    List<RemediationRecord> recs = r.records(RemediationRecord.class);
    assertThat(recs).extracting(RemediationRecord::decision)
        .containsExactly(RemediationDecision.PATCHED, RemediationDecision.MITIGATED, RemediationDecision.ACCEPTED);
    assertThat(recs.get(0).decidedOn()).isEqualTo(LocalDate.of(2026, 8, 20));
    assertThat(recs.get(0).host()).isEqualTo("10.20.1.41");
    assertThat(recs.get(1).approver()).isNull();
    assertThat(r.rejects().get(5)).contains("ignored");
    assertThat(r.rejects().get(6)).contains("finding");
  }
}
