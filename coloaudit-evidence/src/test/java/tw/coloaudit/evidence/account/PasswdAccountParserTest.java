package tw.coloaudit.evidence.account;

import tw.coloaudit.evidence.testing.TextInput;
import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.evidence.account.Parsing.SYSTEM;
import static tw.coloaudit.evidence.account.Parsing.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.PasswdEntry;

class PasswdAccountParserTest {

  private final PasswdAccountParser parser = new PasswdAccountParser();

  @Test
  void readsEveryAccountLineWithItsPhysicalLineNumber() {
    var r = parse(parser, "accounts/gw/passwd", """
        root:x:0:0:root:/root:/bin/bash

        vendor01:x:1001:1001:Vendor One,,,:/home/vendor01:/bin/bash
        nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
        """);

    assertThat(r.outcomes()).isEqualTo("1 used, 3 used, 4 used");
    assertThat(r.records(PasswdEntry.class)).containsExactly(
        new PasswdEntry(SYSTEM, "root", 0L, 0L, "root", "/root", "/bin/bash",
            Provenance.line("accounts/gw/passwd", 1)),
        new PasswdEntry(SYSTEM, "vendor01", 1001L, 1001L, "Vendor One,,,", "/home/vendor01",
            "/bin/bash", Provenance.line("accounts/gw/passwd", 3)),
        new PasswdEntry(SYSTEM, "nobody", 65534L, 65534L, "nobody", "/nonexistent",
            "/usr/sbin/nologin", Provenance.line("accounts/gw/passwd", 4)));
  }

  @Test
  void skipsNisCompatLinesAndComments() {
    var r = parse(parser, "passwd", """
        # local accounts
        root:x:0:0:root:/root:/bin/bash
        +@admins::::::
        -baduser::::::
        +::::::
        """);

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 used, 3 skipped, 4 skipped, 5 skipped");
    assertThat(r.records(PasswdEntry.class)).extracting(PasswdEntry::name).containsExactly("root");
  }

  @Test
  void rejectsMalformedLinesWithWhatIsWrong() {
    var r = parse(parser, "passwd", """
        short:x:1000:1000:/home/short:/bin/sh
        long:x:1000:1000::/home/long:/bin/sh:extra
        letters:x:abc:100::/home/letters:/bin/sh
        negative:x:5:-1::/home/negative:/bin/sh
        :x:7:7::/:/bin/sh
        ok:x:1002:1002::/home/ok:/bin/sh
        """);

    assertThat(r.outcomes()).isEqualTo(
        "1 rejected, 2 rejected, 3 rejected, 4 rejected, 5 rejected, 6 used");
    assertThat(r.rejects()).containsEntry(1, "passwd line has 6 fields, expected 7")
        .containsEntry(2, "passwd line has 8 fields, expected 7")
        .containsEntry(3, "passwd line has a uid 'abc' that is not a number")
        .containsEntry(4, "passwd line has a gid '-1' that is not a number")
        .containsEntry(5, "passwd line has an empty user name");
    assertThat(r.rejectsZh()).containsEntry(1, "passwd 行有 6 個欄位，應為 7 個")
        .containsEntry(3, "passwd 行的 uid 'abc' 不是數字")
        .containsEntry(5, "passwd 行的使用者名稱為空白");
    assertThat(r.records()).hasSize(1);
  }

  @Test
  void readsCrlfLinesWithoutCarriageReturnsInTheShell() {
    var r = parse(parser, "passwd", "root:x:0:0:root:/root:/bin/bash\r\nops:x:1000:1000::/home/ops:/bin/sh\r\n");

    assertThat(r.outcomes()).isEqualTo("1 used, 2 used");
    assertThat(r.records(PasswdEntry.class)).extracting(PasswdEntry::shell)
        .containsExactly("/bin/bash", "/bin/sh");
  }

  @Test
  void rejectsALineOverTheLengthLimitAndReadsTheNextOne() {
    String huge = "big:x:1:1:" + "g".repeat(LineReader.MAX_LINE) + ":/:/bin/sh";
    var r = parse(parser, "passwd", huge + "\nroot:x:0:0:root:/root:/bin/bash\n");

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 used");
    assertThat(r.rejects().get(1)).contains("longer than the limit of 65536 characters");
    assertThat(r.records(PasswdEntry.class)).extracting(e -> e.source().line()).containsExactly(2);
  }

  @Test
  void rejectsEveryLineWhenTheManifestNamesNoSystem() {
    var r = Parsing.parse(parser, TextInput.of("passwd", """
        root:x:0:0:root:/root:/bin/bash
        # comment
        """), null);

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 rejected");
    assertThat(r.rejects().values()).containsOnly("the manifest entry names no system for this file");
    assertThat(r.records()).isEmpty();
  }

  @Test
  void probesByNameAndByContent() {
    List<String> lines = List.of("root:x:0:0:root:/root:/bin/bash");
    assertThat(parser.probe(new Sample("passwd", new byte[0], lines))).isTrue();
    assertThat(parser.probe(new Sample("etc_passwd", new byte[0], lines))).isTrue();
    assertThat(parser.probe(new Sample("gw1-accounts.txt", new byte[0], lines))).isTrue();
    assertThat(parser.probe(new Sample("passwd", new byte[0],
        List.of("root:$6$abc:19000:0:99999:7:::")))).isFalse();
    assertThat(parser.probe(new Sample("accounts.csv", new byte[0],
        List.of("system,account,enabled")))).isFalse();
  }
}
