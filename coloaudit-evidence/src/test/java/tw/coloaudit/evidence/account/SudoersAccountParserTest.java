package tw.coloaudit.evidence.account;

import tw.coloaudit.evidence.testing.TextInput;
import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.evidence.account.Parsing.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.account.SudoersGrant;

class SudoersAccountParserTest {

  private final SudoersAccountParser parser = new SudoersAccountParser();

  // Each user specification is followed, in EXPECTED, by the grants it must yield.
  private static final String SPEC = """
      # /etc/sudoers of colo-gw-1
      Defaults        env_reset
      Defaults:ADMINS !lecture
      User_Alias ADMINS = alice, bob : OPS = carol
      Cmnd_Alias SHELLS = /bin/sh, /bin/bash : EVERYTHING = ALL
      Runas_Alias ROOTS = root, #0
      Host_Alias WEB = web1, web2
      root    ALL=(ALL:ALL) ALL
      %sudo   ALL=(ALL:ALL) ALL
      ADMINS  ALL = NOPASSWD: EVERYTHING
      OPS     WEB = (ROOTS) /usr/bin/systemctl restart fix, \\
                    /usr/bin/journalctl
      #1001   ALL = (ALL) ALL
      %:Domain\\ Admins ALL = (ALL) ALL
      dave    ALL = (operator) ALL
      erin    ALL = (:wheel) ALL
      grace   ALL = (ALL) /usr/bin/less : db1 = (root) ALL
      jack    ALL = (ALL) ALL, !SHELLS
      kate    ALL = (ALL) SHELLS
      ADMINS, !bob, LATE db2 = (root) NOPASSWD: /bin/ls, ALL   # run-as carries over
      User_Alias LATE = zoe
      GHOSTS  ALL = ALL
      #includedir /etc/sudoers.d
      @include /etc/sudoers.local
      """;

  private static final List<String> EXPECTED = List.of(
      "root user full @8",
      "sudo group full @9",
      "alice user full @10",
      "bob user full @10",
      "carol user limited @11",
      "#1001 user full @13",
      "Domain Admins group full @14",
      "dave user limited @15",
      "erin user limited @16",
      "grace user full @17",
      "jack user full @18",
      "kate user limited @19",
      "alice user full @20",
      "zoe user full @20");

  @Test
  void emitsOneGrantPerPrincipalWithAliasesExpanded() {
    var r = parse(parser, "accounts/gw/sudoers", SPEC);

    assertThat(r.records(SudoersGrant.class)).extracting(SudoersAccountParserTest::describe)
        .containsExactlyElementsOf(EXPECTED);
    assertThat(r.outcomes()).isEqualTo(
        "1 skipped, 2 skipped, 3 skipped, 4 used, 5 used, 6 used, 7 skipped, 8 used, 9 used, "
            + "10 used, 11 used, 12 used, 13 used, 14 used, 15 used, 16 used, 17 used, 18 used, "
            + "19 used, 20 used, 21 used, 22 skipped, 23 skipped, 24 skipped");
  }

  @Test
  void keepsTheRuleTextAndTheSystemOnEachGrant() {
    var r = parse(parser, "sudoers", SPEC);

    SudoersGrant carol = r.records(SudoersGrant.class).get(4);
    assertThat(carol.system()).isEqualTo(Parsing.SYSTEM);
    assertThat(carol.rule())
        .isEqualTo("OPS WEB = (ROOTS) /usr/bin/systemctl restart fix, /usr/bin/journalctl");
    assertThat(r.records(SudoersGrant.class).get(12).rule()).doesNotContain("carries");
  }

  @Test
  void warnsAboutIncludesAndUndefinedAliases() {
    var r = parse(parser, "sudoers", SPEC);

    assertThat(r.warnings().get(22)).containsExactly(
        "sudoers rule uses the alias GHOSTS, which is not defined");
    assertThat(r.warnings().get(23)).singleElement().asString()
        .startsWith("sudoers includes /etc/sudoers.d, which is not in the pack");
    assertThat(r.warnings().get(24)).singleElement().asString()
        .startsWith("sudoers includes /etc/sudoers.local");
    assertThat(r.warnings()).containsOnlyKeys(22, 23, 24);
    assertThat(r.warningsZhByLine().get(22)).containsExactly("sudoers 規則使用了未定義的別名 GHOSTS");
    assertThat(r.warningsZhByLine().get(23)).singleElement().asString()
        .startsWith("sudoers 引入 /etc/sudoers.d，");
  }

  @Test
  void readsCrlfInputTheSameWay() {
    var r = parse(parser, "sudoers", SPEC.replace("\n", "\r\n"));

    assertThat(r.records(SudoersGrant.class)).extracting(SudoersAccountParserTest::describe)
        .containsExactlyElementsOf(EXPECTED);
    assertThat(r.count(RecordingContext.REJECTED)).isZero();
  }

  @Test
  void rejectsLinesThatAreNotRules() {
    var r = parse(parser, "sudoers", """
        this is not a rule
        henry ALL = (ALL) vi
        ivan = ALL
        judy ALL = (ALL
        kim ALL = /bin/ls, \\
            nonsense
        User_Alias lower = x
        liz ALL =
        mia nina ALL = ALL
        ok ALL = /usr/bin/id
        """);

    String prefix = "sudoers line is not a rule: ";
    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 rejected, 3 rejected, 4 rejected, "
        + "5 rejected, 6 rejected, 7 rejected, 8 rejected, 9 rejected, 10 used");
    assertThat(r.rejects())
        .containsEntry(1, prefix + "no '=' between the hosts and the commands")
        .containsEntry(2, prefix + "'vi' is neither a full path, ALL nor a Cmnd_Alias")
        .containsEntry(3, prefix + "no host list between the users and '='")
        .containsEntry(4, prefix + "'(' without ')' in the run-as list")
        .containsEntry(5, prefix + "'nonsense' is neither a full path, ALL nor a Cmnd_Alias")
        .containsEntry(6, "continues line 5: " + prefix
            + "'nonsense' is neither a full path, ALL nor a Cmnd_Alias")
        .containsEntry(7, prefix
            + "User_Alias name 'lower' is not an upper-case name of letters, digits and '_'")
        .containsEntry(8, prefix + "a command is missing")
        .containsEntry(9, prefix + "unexpected 'ALL' after the host list");
    String zh = "sudoers 行不是有效的規則：";
    assertThat(r.rejectsZh())
        .containsEntry(1, zh + "主機與命令之間缺少 '='")
        .containsEntry(2, zh + "'vi' 不是完整路徑、ALL 或 Cmnd_Alias")
        .containsEntry(6, "接續第 5 行：" + zh + "'nonsense' 不是完整路徑、ALL 或 Cmnd_Alias")
        .containsEntry(7, zh + "User_Alias 名稱 'lower' 不是由大寫字母、數字及 '_' 組成的名稱");
    assertThat(r.records(SudoersGrant.class)).extracting(SudoersAccountParserTest::describe)
        .containsExactly("ok user limited @10");
  }

  @Test
  void namesTheListAWordIsMisplacedIn() {
    var r = parse(parser, "sudoers", """
        User_Alias TEAM = alice bob
        dave ALL = (alice bob) ALL
        """);

    assertThat(r.rejects())
        .containsEntry(1, "sudoers line is not a rule: User_Alias TEAM has 'bob' where a ',' was expected")
        .containsEntry(2, "sudoers line is not a rule: the run-as list has 'bob' where a ',' was expected");
    assertThat(r.rejectsZh())
        .containsEntry(1, "sudoers 行不是有效的規則：User_Alias TEAM 在應為 ',' 之處出現 'bob'")
        .containsEntry(2, "sudoers 行不是有效的規則：執行身分清單在應為 ',' 之處出現 'bob'");
  }

  @Test
  void readsTagsOptionsAndDigestsBeforeACommand() {
    var r = parse(parser, "sudoers", """
        ops ALL = (root) NOPASSWD:SETENV: CWD=/tmp sha256:abcdef0123 /usr/bin/backup, \\
            (ALL) TIMEOUT=5m ALL
        """);

    assertThat(r.records(SudoersGrant.class)).extracting(SudoersAccountParserTest::describe)
        .containsExactly("ops user full @1");
  }

  @Test
  void doesNotCountANegatedAllAsFullRights() {
    var r = parse(parser, "sudoers", """
        Cmnd_Alias NOTHING = !ALL
        ops ALL = (ALL) !ALL, NOTHING, /usr/bin/id
        """);

    assertThat(r.records(SudoersGrant.class)).extracting(SudoersAccountParserTest::describe)
        .containsExactly("ops user limited @2");
  }

  @Test
  void rejectsEveryLineWhenTheManifestNamesNoSystem() {
    var r = Parsing.parse(parser, TextInput.of("sudoers", "root ALL=(ALL) ALL\n# c\n"), null);

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 rejected");
    assertThat(r.records()).isEmpty();
  }

  @Test
  void rejectsALineOverTheLengthLimit() {
    var r = parse(parser, "sudoers",
        "ops ALL = /bin/" + "x".repeat(70_000) + "\nroot ALL=(ALL) ALL\n");

    assertThat(r.outcomes()).isEqualTo("1 rejected, 2 used");
  }

  @Test
  void probesByNameAndByARuleGrantingOnAllHosts() {
    assertThat(parser.probe(new Sample("sudoers", new byte[0], List.of()))).isTrue();
    assertThat(parser.probe(new Sample("90-cloud-init-users", new byte[0],
        List.of("# Created by cloud-init", "ubuntu ALL=(ALL) NOPASSWD:ALL")))).isTrue();
    assertThat(parser.probe(new Sample("notes.txt", new byte[0],
        List.of("Meeting notes", "ALL hands = Friday")))).isFalse();
  }

  private static String describe(SudoersGrant g) {
    return g.principal() + (g.group() ? " group" : " user") + (g.fullRights() ? " full" : " limited")
        + " @" + g.source().line();
  }
}
