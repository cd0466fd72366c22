package tw.coloaudit.evidence.log;

import tw.coloaudit.evidence.testing.TextInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.log.LoginRecord;

/** Third-party login logs (realdata/sshd, syslog, wtmp, windows) read in place, with golden counts. */
class RealLoginLogsTest {

  private Path dir;

  @BeforeEach
  void realdata() {
    String prop = System.getProperty("coloaudit.realdata");
    dir = prop != null ? Path.of(prop) : Path.of("../../shared/realdata");
    Assumptions.assumeTrue(Files.isDirectory(dir), "…/realdata not found: skipping real-file tests");
  }

  @Test
  void everyTextRenderingIsCoveredByAGoldenCount() throws IOException {
    List<String> files;
    try (Stream<Path> s = Stream.of("sshd", "syslog", "wtmp", "windows").flatMap(this::list)) {
      files = s.map(p -> dir.relativize(p).toString().replace('\\', '/')).filter(f -> !f.endsWith(".bin")).sorted().toList();
    }
    assertThat(files).containsExactly(
        "sshd/crowdsec-hub_sshd-logs.log", "sshd/crowdsec-hub_sshd-success-logs.log", "sshd/plaso_syslog_ssh.log",
        "syslog/apache-metron_Syslog5424Output.log", "syslog/plaso_syslog_rsyslog.log",
        "syslog/plaso_syslog_rsyslog_SysklogdFileFormat.log", "syslog/plaso_syslog_rsyslog_SyslogProtocol23Format.log",
        "syslog/plaso_syslog_rsyslog_TraditionalForwardFormat.log", "syslog/plaso_syslog_rsyslog_traditional.log",
        "windows/crowdsec-hub_windows-bf_4625_xml-per-line.log", "windows/crowdsec-hub_windows-logs_4625_eventviewer-copy.log",
        "windows/omerbenamram-evtx_Security_with_size_t.xml", "windows/omerbenamram-evtx_new-user-security.xml",
        "windows/omerbenamram-evtx_post-Security.xml", "wtmp/plaso_utmp_last-Fxi.txt", "wtmp/plaso_utmp_last-x.txt",
        "wtmp/util-linux_last-ipv6-nodns.txt", "wtmp/util-linux_last-nodns.txt", "wtmp/util-linux_utmpdump_txt-a.txt");
  }

  private Stream<Path> list(String sub) {
    try {
      return Files.list(dir.resolve(sub)).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void readsTheCrowdsecSshdVariantsAsFailedAttempts() throws IOException {
    LogContext r = parse(new SyslogLoginParser(), "sshd/crowdsec-hub_sshd-logs.log");

    assertThat(r.counts()).isEqualTo("5 used, 19 skipped, 0 rejected");
    assertThat(r.logins()).extracting(LoginRecord::user).containsExactly("pascal", "pascal", "pascal", "root", "pascal5");
    assertThat(r.logins()).noneMatch(LoginRecord::success);
    // The sshd-session[pid] tag of newer OpenSSH is sshd too.
    assertThat(r.logins().get(4).origin()).isEqualTo("192.168.1.3");
    // The one ISO line carries its own year and offset.
    assertThat(r.lines()).anyMatch(l -> l.time().equals(Instant.parse("2023-11-13T23:20:42.738197Z")));
    assertThat(r.warnings()).hasSize(1);
  }

  @Test
  void readsTheDebianAcceptedLines() throws IOException {
    LogContext r = parse(new SyslogLoginParser(), "sshd/crowdsec-hub_sshd-success-logs.log");

    assertThat(r.counts()).isEqualTo("4 used, 0 skipped, 0 rejected");
    assertThat(r.logins()).allMatch(LoginRecord::success);
    assertThat(r.logins()).extracting(LoginRecord::user).containsExactly("vagrant", "vagrant", "vagrant", "test");
    assertThat(r.logins().get(3).time()).isEqualTo(Instant.parse("2026-09-06T10:00:56Z"));
  }

  @Test
  void readsPlasoSshWithIpv6AndTheDoubleSpace() throws IOException {
    LogContext r = parse(new SyslogLoginParser(), "sshd/plaso_syslog_ssh.log");

    assertThat(r.counts()).isEqualTo("7 used, 2 skipped, 0 rejected");
    assertThat(r.logins().stream().filter(LoginRecord::success).count()).isEqualTo(5);
    assertThat(r.logins().get(1).origin()).isEqualTo("2001:0db8:0a0b:12f0:0000:0000:0000:0001");
    assertThat(r.logins().get(3).user()).isEqualTo("root");
    assertThat(r.logins().get(3).success()).isFalse();
  }

  @Test
  void readsEverySyslogFileWithoutRejects() throws IOException {
    assertThat(parse(new SyslogLoginParser(), "syslog/apache-metron_Syslog5424Output.log").counts()).isEqualTo("0 used, 3 skipped, 0 rejected");
    assertThat(parse(new SyslogLoginParser(), "syslog/plaso_syslog_rsyslog.log").counts()).isEqualTo("0 used, 5 skipped, 0 rejected");
    // The continuation lines of multi-line messages are skipped without a timestamp.
    LogContext sysklogd = parse(new SyslogLoginParser(), "syslog/plaso_syslog_rsyslog_SysklogdFileFormat.log");
    assertThat(sysklogd.counts()).isEqualTo("0 used, 10 skipped, 0 rejected");
    assertThat(sysklogd.lines()).hasSize(9);
    LogContext protocol23 = parse(new SyslogLoginParser(), "syslog/plaso_syslog_rsyslog_SyslogProtocol23Format.log");
    assertThat(protocol23.counts()).isEqualTo("0 used, 10 skipped, 0 rejected");
    assertThat(protocol23.lines().get(0).time()).isEqualTo(Instant.parse("2021-03-06T04:07:38.251122Z"));
    assertThat(parse(new SyslogLoginParser(), "syslog/plaso_syslog_rsyslog_TraditionalForwardFormat.log").counts())
        .isEqualTo("0 used, 2 skipped, 0 rejected");
    LogContext traditional = parse(new SyslogLoginParser(), "syslog/plaso_syslog_rsyslog_traditional.log");
    assertThat(traditional.counts()).isEqualTo("0 used, 11 skipped, 0 rejected");
    assertThat(traditional.lines()).hasSize(8);
  }

  @Test
  void readsLastOutputWithTheFooterYear() throws IOException {
    LogContext plain = parse(new LastLoginParser(), "wtmp/plaso_utmp_last-x.txt");
    assertThat(plain.counts()).isEqualTo("6 used, 3 skipped, 0 rejected");
    assertThat(plain.logins().get(0).time()).isEqualTo(Instant.parse("2013-12-18T22:49:00Z"));
    assertThat(plain.logins().get(5).origin()).isEqualTo("tty7");
    assertThat(plain.warnings()).isEmpty();

    LogContext full = parse(new LastLoginParser(), "wtmp/plaso_utmp_last-Fxi.txt");
    assertThat(full.counts()).isEqualTo("6 used, 3 skipped, 0 rejected");
    assertThat(full.logins().get(0).time()).isEqualTo(Instant.parse("2013-12-18T22:49:44Z"));
    assertThat(full.logins()).allMatch(l -> l.origin().equals("0.0.0.0"));
  }

  @Test
  void readsTheUtilLinuxExpectedOutputsTreatingHarnessLinesAsSkipped() throws IOException {
    LogContext ipv6 = parse(new LastLoginParser(), "wtmp/util-linux_last-ipv6-nodns.txt");
    assertThat(ipv6.counts()).isEqualTo("2 used, 4 skipped, 0 rejected");
    // -a puts the host in the last column.
    assertThat(ipv6.logins().get(1).origin()).isEqualTo("2001:503:ba3e::2:30");

    LogContext nodns = parse(new LastLoginParser(), "wtmp/util-linux_last-nodns.txt");
    assertThat(nodns.counts()).isEqualTo("75 used, 40 skipped, 0 rejected");
    assertThat(nodns.logins()).noneMatch(l -> List.of("reboot", "shutdown", "runlevel").contains(l.user()));
    // --time-format notime: login records without a time.
    assertThat(nodns.logins().stream().filter(l -> l.time() == null).count()).isEqualTo(11);
    assertThat(nodns.logins()).anyMatch(l -> l.user().equals("user_process") && l.time().equals(Instant.parse("2013-08-28T05:00:00Z")));
    assertThat(nodns.logins()).anyMatch(l -> l.user().equals("torvalds") && l.time().equals(Instant.parse("1991-08-26T00:57:08Z")));

    LogContext dump = parse(new LastLoginParser(), "wtmp/util-linux_utmpdump_txt-a.txt");
    assertThat(dump.counts()).isEqualTo("4 used, 15 skipped, 0 rejected");
    assertThat(dump.logins()).extracting(LoginRecord::user).containsExactly("user_process", "IPv4", "torvalds", "rick");
  }

  @Test
  void readsWindowsEventsInEveryExportForm() throws IOException {
    LogContext perLine = parse(new WindowsEventXmlParser(), "windows/crowdsec-hub_windows-bf_4625_xml-per-line.log");
    assertThat(perLine.counts()).isEqualTo("6 used, 0 skipped, 0 rejected");
    assertThat(perLine.logins()).allMatch(l -> l.user().equals("asdfasdf") && !l.success() && l.origin().equals("192.168.9.212"));

    LogContext pasted = parse(new WindowsEventXmlParser(), "windows/crowdsec-hub_windows-logs_4625_eventviewer-copy.log");
    assertThat(pasted.counts()).isEqualTo("1 used, 0 skipped, 0 rejected");
    assertThat(pasted.logins().get(0).system()).isEqualTo("exchange-1.mydomain.test");

    LogContext security = parse(new WindowsEventXmlParser(), "windows/omerbenamram-evtx_Security_with_size_t.xml");
    assertThat(security.counts()).isEqualTo("36 used, 600 skipped, 0 rejected");
    assertThat(security.logins().stream().filter(LoginRecord::success).count()).isEqualTo(21);
    assertThat(security.logins()).noneMatch(l -> l.user().endsWith("$") || l.user().equalsIgnoreCase("SYSTEM"));
    assertThat(security.lines()).hasSize(600);

    LogContext post = parse(new WindowsEventXmlParser(), "windows/omerbenamram-evtx_post-Security.xml");
    LogContext newUser = parse(new WindowsEventXmlParser(), "windows/omerbenamram-evtx_new-user-security.xml");
    assertThat(post.count("used") + post.count("skipped")).isEqualTo(126);
    assertThat(post.count("rejected")).isZero();
    assertThat(newUser.counts()).isEqualTo("0 used, 4 skipped, 0 rejected");
  }

  @Test
  void eachFileIsClaimedByTheRightProbe() throws IOException {
    assertThat(probe("sshd/plaso_syslog_ssh.log")).isEqualTo("syslog");
    assertThat(probe("syslog/plaso_syslog_rsyslog_SyslogProtocol23Format.log")).isEqualTo("syslog");
    assertThat(probe("wtmp/util-linux_last-nodns.txt")).isEqualTo("last");
    assertThat(probe("wtmp/plaso_utmp_last-Fxi.txt")).isEqualTo("last");
    assertThat(probe("wtmp/util-linux_utmpdump_txt-a.txt")).isEqualTo("last");
    assertThat(probe("windows/crowdsec-hub_windows-logs_4625_eventviewer-copy.log")).isEqualTo("windows-xml");
    assertThat(probe("windows/omerbenamram-evtx_post-Security.xml")).isEqualTo("windows-xml");
  }

  private String probe(String rel) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve(rel)).stream().limit(20).toList();
    Sample sample = new Sample(rel.substring(rel.lastIndexOf('/') + 1), Files.readAllBytes(dir.resolve(rel)), lines);
    for (EvidenceParser p : LogParsers.all()) if (p.probe(sample)) return p.format();
    return "none";
  }

  private LogContext parse(EvidenceParser parser, String rel) throws IOException {
    return LogContext.parse(parser, TextInput.of(dir.resolve(rel), rel), null, null, ZoneOffset.UTC);
  }
}
