package tw.coloaudit.evidence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.evidence.account.Parsing.SYSTEM;
import static tw.coloaudit.evidence.account.Parsing.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.GroupEntry;

class GroupAccountParserTest {

  private final GroupAccountParser parser = new GroupAccountParser();

  @Test
  void readsGroupsWithTheirMembers() {
    var r = parse(parser, "group", """
        root:x:0:
        sudo:x:27:alice, bob,,vendor01
        # local groups
        +@nis:::
        """);

    assertThat(r.outcomes()).isEqualTo("1 used, 2 used, 3 skipped, 4 skipped");
    assertThat(r.records(GroupEntry.class)).containsExactly(
        new GroupEntry(SYSTEM, "root", 0L, List.of(), Provenance.line("group", 1)),
        new GroupEntry(SYSTEM, "sudo", 27L, List.of("alice", "bob", "vendor01"),
            Provenance.line("group", 2)));
  }

  @Test
  void rejectsMalformedLines() {
    var r = parse(parser, "group", """
        wheel:x:10
        wheel:x:ten:alice
        :x:11:
        """);

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 rejected, 3 rejected");
    assertThat(r.rejects())
        .containsEntry(1, "group line has 3 fields, expected 4")
        .containsEntry(2, "group line has a gid 'ten' that is not a number")
        .containsEntry(3, "group line has an empty group name");
    assertThat(r.rejectsZh())
        .containsEntry(1, "group 行有 3 個欄位，應為 4 個")
        .containsEntry(2, "group 行的 gid 'ten' 不是數字")
        .containsEntry(3, "group 行的群組名稱為空白");
  }

  @Test
  void readsCrlfInput() {
    var r = parse(parser, "group", "sudo:x:27:alice,bob\r\n");

    assertThat(r.records(GroupEntry.class).get(0).members()).containsExactly("alice", "bob");
  }

  @Test
  void probesGroupButNotGshadow() {
    assertThat(parser.probe(new Sample("group", new byte[0], List.of("root:x:0:")))).isTrue();
    assertThat(parser.probe(new Sample("gshadow", new byte[0], List.of("root:*::")))).isFalse();
  }
}
