package tw.coloaudit.evidence.account;

import tw.coloaudit.evidence.testing.TextInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.account.GroupEntry;
import tw.coloaudit.model.account.PasswdEntry;
import tw.coloaudit.model.account.ShadowEntry;

/** Third-party account files read in place, with golden counts and chage -l as an oracle. */
class RealAccountFilesTest {

  private static final String CHSH = "passwd/shadow-maint_chage_10_chsh-l/";
  private static final DateTimeFormatter CHAGE_DATE =
      DateTimeFormatter.ofPattern("MMM dd, yyyy", Locale.US);

  private Path dir;

  @BeforeEach
  void realdata() {
    String prop = System.getProperty("coloaudit.realdata");
    dir = prop != null ? Path.of(prop) : Path.of("../../shared/realdata");
    Assumptions.assumeTrue(Files.isDirectory(dir), "…/realdata not found: skipping real-file tests");
  }

  @Test
  void readsTheGrrFixturePasswd() throws IOException {
    var r = parse(new PasswdAccountParser(), "passwd/grr_VFSFixture_etc_passwd");

    assertThat(counts(r)).isEqualTo("7 used, 0 skipped, 0 rejected");
    Map<String, PasswdEntry> byName = byName(r.records(PasswdEntry.class), PasswdEntry::name);
    assertThat(byName.get("gevulot").gecos()).isEqualTo("Gevulot,,,");
    assertThat(byName.get("gogol").gid()).isEqualTo(65534L);
    assertThat(byName.get("quiet").shell()).isEqualTo("/bin/false");
    assertThat(byName.get("buguser3").gecos()).isEqualTo("Don't find me");
  }

  @Test
  void readsTheShadowMaintPasswd() throws IOException {
    var r = parse(new PasswdAccountParser(), CHSH + "passwd");

    assertThat(counts(r)).isEqualTo("32 used, 0 skipped, 0 rejected");
    Map<String, PasswdEntry> byName = byName(r.records(PasswdEntry.class), PasswdEntry::name);
    assertThat(byName.get("root").uid()).isZero();
    assertThat(byName.get("sync").shell()).isEqualTo("/bin/sync");
    assertThat(byName.get("myuser13").uid()).isEqualTo(424254L);
  }

  @Test
  void readsTheShadowMaintShadowSkippingTheCommentedEntry() throws IOException {
    var r = parse(new ShadowAccountParser(), CHSH + "shadow");

    assertThat(counts(r)).isEqualTo("29 used, 1 skipped, 0 rejected");
    assertThat(r.outcomes()).endsWith("29 used, 30 skipped");
    Map<String, ShadowEntry> byName = byName(r.records(ShadowEntry.class), ShadowEntry::name);
    assertThat(byName).doesNotContainKey("#myuser11").doesNotContainKey("myuser11");
    assertThat(byName.get("root").lastChange()).isEqualTo(12991L);
    assertThat(byName.get("root").passwordLocked()).isFalse();
    assertThat(byName.get("daemon").passwordLocked()).isTrue();
    assertThat(byName.get("Debian-exim").hash()).isEqualTo("!");
    assertThat(byName.get("myuser8").lastChange()).isNull();
    assertThat(byName.get("myuser9").lastChange()).isZero();
    assertThat(byName.get("myuser10").maxDays()).isNull();
    assertThat(byName.get("myuser3").expire()).isZero();
  }

  @Test
  void readsTheShadowMaintGroupAndGshadow() throws IOException {
    var group = parse(new GroupAccountParser(), CHSH + "group");
    var gshadow = parse(new GshadowAccountParser(), CHSH + "gshadow");

    assertThat(counts(group)).isEqualTo("42 used, 0 skipped, 0 rejected");
    Map<String, GroupEntry> byName = byName(group.records(GroupEntry.class), GroupEntry::name);
    assertThat(byName.get("sudo").gid()).isEqualTo(27L);
    assertThat(byName.get("sudo").members()).isEmpty();
    assertThat(byName.get("myuser").gid()).isEqualTo(424242L);
    assertThat(counts(gshadow)).isEqualTo("0 used, 42 skipped, 0 rejected");
    assertThat(gshadow.records()).isEmpty();
  }

  @Test
  void agreesWithWhatChageListPrintedForEveryShadowEntry() throws IOException {
    var r = parse(new ShadowAccountParser(), CHSH + "shadow");
    Map<String, ShadowEntry> byName = byName(r.records(ShadowEntry.class), ShadowEntry::name);
    int compared = 0;
    for (int n = 1; n <= 13; n++) {
      Path chage = dir.resolve(CHSH + "chage-l/myuser" + n + ".txt");
      ShadowEntry e = byName.get("myuser" + n);
      if (!Files.exists(chage) || e == null) continue;
      Map<String, String> printed = chageFields(chage);

      assertThat(lastChange(e)).as("myuser%d last change", n)
          .isEqualTo(printed.get("Last password change"));
      assertThat(passwordExpires(e)).as("myuser%d password expires", n)
          .isEqualTo(printed.get("Password expires"));
      assertThat(accountExpires(e)).as("myuser%d account expires", n)
          .isEqualTo(printed.get("Account expires"));
      assertThat(e.maxDays() == null ? "-1" : e.maxDays().toString()).as("myuser%d max days", n)
          .isEqualTo(printed.get("Maximum number of days between password change"));
      compared++;
    }
    assertThat(compared).isEqualTo(10);
  }

  @Test
  void probesEveryRealFileAsItsOwnFormat() throws IOException {
    assertThat(firstProbe("passwd/grr_VFSFixture_etc_passwd")).isEqualTo("passwd");
    assertThat(firstProbe(CHSH + "passwd")).isEqualTo("passwd");
    assertThat(firstProbe(CHSH + "shadow")).isEqualTo("shadow");
    assertThat(firstProbe(CHSH + "group")).isEqualTo("group");
    assertThat(firstProbe(CHSH + "gshadow")).isEqualTo("gshadow");
  }

  private static String lastChange(ShadowEntry e) {
    if (ShadowDays.mustChange(e)) return "password must be changed";
    return ShadowDays.lastChanged(e).map(CHAGE_DATE::format).orElse("never");
  }

  private static String passwordExpires(ShadowEntry e) {
    if (ShadowDays.mustChange(e)) return "password must be changed";
    return ShadowDays.passwordExpires(e).map(CHAGE_DATE::format).orElse("never");
  }

  private static String accountExpires(ShadowEntry e) {
    return ShadowDays.accountExpires(e).map(CHAGE_DATE::format).orElse("never");
  }

  private static Map<String, String> chageFields(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int colon = line.indexOf(':');
      out.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
    return out;
  }

  private String firstProbe(String relative) throws IOException {
    Path file = dir.resolve(relative);
    byte[] bytes = Files.readAllBytes(file);
    List<String> lines = Files.readAllLines(file).stream().limit(20).toList();
    Sample sample = new Sample(file.getFileName().toString(), bytes, lines);
    return AccountParsers.all().stream().filter(p -> p.probe(sample))
        .map(EvidenceParser::format).findFirst().orElse(null);
  }

  private RecordingContext parse(EvidenceParser parser, String relative) throws IOException {
    return Parsing.parse(parser, TextInput.of(dir.resolve(relative), "accounts/gw/" + relative),
        Parsing.SYSTEM);
  }

  private static String counts(RecordingContext r) {
    return r.count(RecordingContext.USED) + " used, " + r.count(RecordingContext.SKIPPED)
        + " skipped, " + r.count(RecordingContext.REJECTED) + " rejected";
  }

  private static <T> Map<String, T> byName(List<T> records, Function<T, String> name) {
    return records.stream().collect(Collectors.toMap(name, Function.identity()));
  }

  @Test
  void convertsShadowDayNumbersToDates() {
    assertThat(ShadowDays.toDate(0)).isEqualTo(LocalDate.of(1970, 1, 1));
    assertThat(ShadowDays.toDate(12991)).isEqualTo(LocalDate.of(2005, 7, 27));
  }
}
