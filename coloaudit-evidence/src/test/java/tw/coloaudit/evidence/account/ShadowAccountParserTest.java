package tw.coloaudit.evidence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.evidence.account.Parsing.SYSTEM;
import static tw.coloaudit.evidence.account.Parsing.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.ShadowEntry;

class ShadowAccountParserTest {

  private final ShadowAccountParser parser = new ShadowAccountParser();

  @Test
  void readsDayFieldsAsNumbersAndEmptyOnesAsNull() {
    var r = parse(parser, "shadow", """
        root:$6$salt$hash:19700:0:99999:7:::
        vendor01:!:19000::90:7:30:20500:
        svc:*:0:::::
        """);

    assertThat(r.outcomes()).isEqualTo("1 used, 2 used, 3 used");
    assertThat(r.records(ShadowEntry.class)).containsExactly(
        new ShadowEntry(SYSTEM, "root", "$6$salt$hash", 19700L, 0L, 99999L, 7L, null, null,
            Provenance.line("shadow", 1)),
        new ShadowEntry(SYSTEM, "vendor01", "!", 19000L, null, 90L, 7L, 30L, 20500L,
            Provenance.line("shadow", 2)),
        new ShadowEntry(SYSTEM, "svc", "*", 0L, null, null, null, null, null,
            Provenance.line("shadow", 3)));
  }

  @Test
  void acceptsEightFieldsWhenTheReservedFieldIsMissing() {
    var r = parse(parser, "shadow", "ops:$6$x$y:19000:0:90:7::\n");

    assertThat(r.outcomes()).isEqualTo("1 used");
    assertThat(r.records(ShadowEntry.class).get(0).maxDays()).isEqualTo(90L);
  }

  @Test
  void skipsCommentsAndNisLines() {
    var r = parse(parser, "shadow", """
        #myuser11:$1$x$y:12991:0:9999:7:1::
        +@nis::::::::
        root:*:19000:0:99999:7:::
        """);

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 skipped, 3 used");
  }

  @Test
  void rejectsWrongFieldCountsAndBadDayNumbers() {
    var r = parse(parser, "shadow", """
        short:x:19000:0:99999:7
        long:x:19000:0:99999:7::::extra
        badday:x:19x00:0:99999:7:::
        negative:x:19000:0:-1:7:::
        badexpire:x:19000:0:99999:7::2026-01-01:
        ok:x:19000:0:99999:7:::
        """);

    assertThat(r.outcomes()).isEqualTo(
        "1 rejected, 2 rejected, 3 rejected, 4 rejected, 5 rejected, 6 used");
    assertThat(r.rejects())
        .containsEntry(1, "shadow line has 6 fields, expected 9")
        .containsEntry(2, "shadow line has 10 fields, expected 9")
        .containsEntry(3, "shadow line has '19x00' in the last change field, which is neither a day number nor empty")
        .containsEntry(4, "shadow line has '-1' in the maximum age field, which is neither a day number nor empty")
        .containsEntry(5, "shadow line has '2026-01-01' in the expiry field, which is neither a day number nor empty");
    assertThat(r.rejectsZh())
        .containsEntry(1, "shadow 行有 6 個欄位，應為 9 個")
        .containsEntry(3, "shadow 行的最後變更日欄位為 '19x00'，既不是天數也不是空白")
        .containsEntry(5, "shadow 行的帳號到期日欄位為 '2026-01-01'，既不是天數也不是空白");
  }

  @Test
  void readsCrlfInput() {
    var r = parse(parser, "shadow", "root:*:19000:0:99999:7:::\r\n\r\nops:!:19001:0:90:7:::\r\n");

    assertThat(r.outcomes()).isEqualTo("1 used, 3 used");
    assertThat(r.records(ShadowEntry.class)).extracting(ShadowEntry::lastChange)
        .containsExactly(19000L, 19001L);
  }

  @Test
  void rejectsALineOverTheLengthLimit() {
    var r = parse(parser, "shadow", "x:" + "$".repeat(70_000) + ":1:::::::\n");

    assertThat(r.outcomes()).isEqualTo("1 rejected");
    assertThat(r.records()).isEmpty();
  }

  @Test
  void probesShadowButNotGshadow() {
    List<String> lines = List.of("root:*:19000:0:99999:7:::");
    assertThat(parser.probe(new Sample("shadow", new byte[0], lines))).isTrue();
    assertThat(parser.probe(new Sample("shadow-", new byte[0], lines))).isTrue();
    assertThat(parser.probe(new Sample("export.txt", new byte[0], lines))).isTrue();
    assertThat(parser.probe(new Sample("gshadow", new byte[0], List.of("root:*::")))).isFalse();
  }
}
