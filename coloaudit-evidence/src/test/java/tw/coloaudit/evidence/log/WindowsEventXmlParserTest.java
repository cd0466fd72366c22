package tw.coloaudit.evidence.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.log.LoginRecord;

class WindowsEventXmlParserTest {

  private static String event(int id, String user, String sid, String type, String ip, String ws) {
    return "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System><EventID>" + id + "</EventID>"
        + "<TimeCreated SystemTime=\"2026-11-03T01:02:11.5000000Z\"/><Computer>COLO-WIN-1</Computer></System><EventData>"
        + "<Data Name=\"TargetUserSid\">" + sid + "</Data><Data Name=\"TargetUserName\">" + user + "</Data>"
        + "<Data Name=\"LogonType\">" + type + "</Data><Data Name=\"WorkstationName\">" + ws + "</Data>"
        + "<Data Name=\"IpAddress\">" + ip + "</Data></EventData></Event>";
  }

  @Test
  void keepsLogonsByPeopleAndSkipsServiceAndMachineLogons() {
    String text = String.join("\n",
        event(4624, "wangdm", "S-1-5-21-1-2-3-1001", "10", "10.20.5.12", "ADMIN-PC01"),
        event(4625, "zhouml", "S-1-0-0", "3", "-", "TRADE-PC07"),
        event(4624, "zhouml", "S-1-5-21-1-2-3-1003", "3", "-", "-"),
        event(4624, "SYSTEM", "S-1-5-18", "5", "-", "-"),
        event(4624, "COLO-WIN-1$", "S-1-5-21-1-2-3-1100", "3", "::1", "-"),
        event(4624, "DWM-1", "S-1-5-90-0-1", "2", "-", "-"),
        event(4624, "ANONYMOUS LOGON", "S-1-5-7", "3", "10.0.0.9", "-"),
        event(4634, "wangdm", "S-1-5-21-1-2-3-1001", "10", "-", "-"),
        event(4624, "wangdm", "S-1-5-21-1-2-3-1001", "4", "-", "-")) + "\n";
    LogContext r = LogContext.parse(new WindowsEventXmlParser(), "sec.xml", text, null);

    assertThat(r.outcomes()).isEqualTo("1 used, 2 used, 3 used, 4 skipped, 5 skipped, 6 skipped, 7 skipped, 8 skipped, 9 skipped");
    assertThat(r.logins()).extracting(LoginRecord::origin).containsExactly("10.20.5.12", "TRADE-PC07", null);
    assertThat(r.logins().get(0).time()).isEqualTo(Instant.parse("2026-11-03T01:02:11.5Z"));
    assertThat(r.logins().get(0).system()).isEqualTo("COLO-WIN-1");
    assertThat(r.lines()).hasSize(6);
  }

  @Test
  void readsAPrettyPrintedEventsDocumentAndARootlessSequenceWithCrlf() {
    String pretty = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<Events>\r\n"
        + event(4624, "wangdm", "S-1-5-21-1-2-3-1001", "10", "10.20.5.12", "-").replace("><", ">\r\n<") + "\r\n</Events>\r\n";
    LogContext doc = LogContext.parse(new WindowsEventXmlParser(), "sec.xml", pretty, "colo-win-1");
    assertThat(doc.counts()).isEqualTo("1 used, 0 skipped, 0 rejected");
    assertThat(doc.logins().get(0).system()).isEqualTo("colo-win-1");

    String rootless = event(4624, "a", "S-1-5-21-1-2-3-1001", "2", "-", "WS").replace("<System>", "\n<System>") + "\n"
        + event(4634, "a", "S-1-5-21-1-2-3-1001", "2", "-", "WS").replace("<System>", "\n<System>") + "\n";
    assertThat(LogContext.parse(new WindowsEventXmlParser(), "sec.xml", rootless, null).counts()).isEqualTo("1 used, 1 skipped, 0 rejected");
  }

  @Test
  void rejectsABrokenEventLineAndGoesOnWithTheNext() {
    String text = event(4624, "a", "S-1-5-21-1-2-3-1001", "2", "-", "WS") + "\n"
        + "<Event><System><EventID>4624</EventID></Sys>\n"
        + "- <Event>- <System><EventID>4625</EventID></System><EventData><Data Name=\"TargetUserName\">b</Data>"
        + "<Data Name=\"LogonType\">3</Data></EventData></Event>\n";
    LogContext r = LogContext.parse(new WindowsEventXmlParser(), "sec.xml", text, null);

    assertThat(r.outcomes()).isEqualTo("1 used, 2 rejected, 3 used");
    assertThat(r.rejects().get(2)).startsWith("XML not well-formed, reading of this part stopped: ");
    assertThat(r.rejectsZh()).containsEntry(2, "XML 格式不正確，此部分已停止讀取");
    assertThat(r.logins().get(1).time()).as("an event without TimeCreated is a record missing its time").isNull();
  }

  @Test
  void neverResolvesExternalEntities() {
    String text = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Events><Event><System>"
        + "<EventID>4624</EventID></System><EventData><Data Name=\"TargetUserName\">&x;</Data></EventData></Event></Events>\n";
    LogContext r = LogContext.parse(new WindowsEventXmlParser(), "sec.xml", text, null);

    assertThat(r.logins()).isEmpty();
    assertThat(r.count("rejected")).isEqualTo(1);
  }
}
