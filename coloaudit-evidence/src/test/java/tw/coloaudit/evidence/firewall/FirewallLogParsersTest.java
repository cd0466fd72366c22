package tw.coloaudit.evidence.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.model.firewall.FirewallLogLine;
import tw.coloaudit.model.firewall.FirewallLogReject;

/** Spec cases of the five firewall log formats: times, devices, what is accepted, what is rejected. */
class FirewallLogParsersTest {

  private static FwContext parse(EvidenceParser parser, String text, String device) throws IOException {
    FwContext ctx = new FwContext("fw.log", device, FwContext.bound("2026-01-02T23:59:59"));
    BytesInput input = BytesInput.of("fw.log", text);
    assertThat(parser.probe(input.sample())).as(parser.format() + " probe").isTrue();
    parser.parse(input, ctx);
    return ctx;
  }

  @Test
  void fortiGateTrafficAcceptFromTheInternetKeepsItsAddressesAndPrivateOnesDoNot() throws IOException {
    String text = """
        date=2026-10-07 time=09:42:17 devname="FGT-COLO" devid="FG100F" tz="+0800" type="traffic" subtype="forward" srcip=203.0.113.45 dstip=10.20.1.11 dstport=443 action="accept"
        date=2026-10-07 time=09:42:18 devname="FGT-COLO" type="traffic" subtype="forward" srcip=10.20.9.15 dstip=10.20.1.11 action="close"
        date=2026-10-07 time=09:42:19 devname="FGT-COLO" type="traffic" subtype="forward" srcip=198.51.100.23 dstip=10.20.1.11 action="deny"
        <189>date=2026-10-07 time=09:43:00 devname="FGT-COLO" type="event" subtype="vpn" action="ssl-login-fail" remip=198.51.100.9
        not a log line
        date=2026-13-07 time=09:43:00 type="traffic"
        """;
    FwContext ctx = parse(new FortiGateLogParser(), text, null);
    assertThat(ctx.outcomes.values()).containsExactly("used", "used", "used", "used", "rejected", "rejected");
    List<FirewallLogLine> lines = ctx.records(FirewallLogLine.class);
    assertThat(lines).extracting(FirewallLogLine::accepted).containsExactly(true, true, false, false);
    assertThat(lines.get(0).time()).isEqualTo(Instant.parse("2026-10-07T01:42:17Z"));
    assertThat(lines.get(0).src()).isEqualTo("203.0.113.45");
    assertThat(lines.get(0).dst()).isEqualTo("10.20.1.11");
    assertThat(lines.get(1).src()).isNull();
    assertThat(lines).extracting(FirewallLogLine::device).containsOnly("FGT-COLO");
    assertThat(ctx.records(FirewallLogReject.class)).extracting(FirewallLogReject::near)
        .containsOnly(Instant.parse("2026-10-07T01:43:00Z"));
    assertThat(ctx.rejectsZh())
        .containsEntry(5, "不是 FortiGate key=value 日誌行：沒有 date=yyyy-mm-dd 與 time=hh:mm:ss")
        .containsEntry(6, "FortiGate 日期或時間超出範圍");
  }

  @Test
  void fortiGateTzFieldWinsOverTheManifestZoneAndTheEntryDeviceNamesEveryLine() throws IOException {
    String text = "date=2024-10-14 time=13:46:40 tz=\"-0700\" devname=\"other\" type=\"event\"\r\n"
        + "date=2024-10-14 time=13:46:41 devname=\"colo-fw-1\" type=\"event\"\r\n";
    FwContext ctx = parse(new FortiGateLogParser(), text, "colo-fw-1");
    List<FirewallLogLine> lines = ctx.records(FirewallLogLine.class);
    assertThat(lines).extracting(FirewallLogLine::time)
        .containsExactly(Instant.parse("2024-10-14T20:46:40Z"), Instant.parse("2024-10-14T05:46:41Z"));
    assertThat(lines).extracting(FirewallLogLine::device).containsOnly("colo-fw-1");
    assertThat(ctx.warnings).hasSize(1).first().asString().contains("'other'");
    assertThat(ctx.warningsZh()).singleElement().asString()
        .startsWith("此行指明設備 'other'，但清單項目指明 'colo-fw-1'");
  }

  @Test
  void iptablesYearsAreCountedBackFromTheBoundAcrossNewYear() throws IOException {
    String text = """
        Dec 31 23:59:58 fw kernel: [100.1] FW-ACCEPT: IN=eth0 OUT=eth1 SRC=203.0.113.45 DST=10.20.1.11 PROTO=TCP SPT=1 DPT=443
        Jan  1 00:00:03 fw kernel: [105.2] FW-DROP: IN=eth0 OUT= SRC=198.51.100.1 DST=10.20.1.11 PROTO=TCP SPT=1 DPT=22
        Jan  1 00:00:04 fw kernel: [106.0] [UFW ALLOW] IN=eth0 OUT= SRC=10.1.1.1 DST=10.20.1.11 PROTO=TCP SPT=1 DPT=22
        Jan  1 00:00:05 fw kernel: [107.0] XX=eth0 OUT= SRC=1.1.1.1 DST=2.2.2.2
        """;
    FwContext ctx = parse(new IptablesLogParser(), text, null);
    assertThat(ctx.outcomes.values()).containsExactly("used", "used", "used", "rejected");
    List<FirewallLogLine> lines = ctx.records(FirewallLogLine.class);
    assertThat(lines).extracting(FirewallLogLine::time).containsExactly(
        Instant.parse("2025-12-31T15:59:58Z"), Instant.parse("2025-12-31T16:00:03Z"), Instant.parse("2025-12-31T16:00:04Z"));
    assertThat(lines).extracting(FirewallLogLine::accepted).containsExactly(true, false, true);
    assertThat(lines.get(0).src()).isEqualTo("203.0.113.45");
    assertThat(ctx.rejects().get(4)).contains("IN=");
    assertThat(ctx.rejectsZh().get(4)).isEqualTo("不是 netfilter 日誌行：沒有 IN= 欄位");
  }

  @Test
  void yearsGuessedFromTheAsOfDateAreWarnedAboutInChinese() throws IOException {
    String text = "Jan  1 00:00:03 fw kernel: [105.2] FW-DROP: IN=eth0 OUT= SRC=198.51.100.1 DST=10.20.1.11 PROTO=TCP\n";
    FwContext ctx = new FwContext("fw.log", null);
    new IptablesLogParser().parse(BytesInput.of("fw.log", text), ctx);
    assertThat(ctx.outcomes).containsEntry(1, "used");
    assertThat(ctx.warnings).singleElement().asString().contains("as-of date");
    assertThat(ctx.warningsZh()).singleElement().asString().contains("未含年份").endsWith("年份自查核基準日往前推算");
  }

  @Test
  void ciscoAsaBuiltConnectionsTakeTheirSourceFromTheDirection() throws IOException {
    String text = """
        <166>Jan  1 08:52:35 10.22.8.216 %ASA-6-302013: Built inbound TCP connection 1 for outside:203.0.113.5/54209 (203.0.113.5/54209) to inside:10.20.1.11/443 (10.20.1.11/443)
        <166>Jan  1 08:52:36 10.22.8.216 %ASA-6-302013: Built outbound TCP connection 2 for outside:198.51.100.7/443 (198.51.100.7/443) to inside:10.20.1.41/50000 (10.20.1.41/50000)
        <166>Jan  1 08:52:37 10.22.8.216 %ASA-6-302020: Built inbound ICMP connection for faddr 192.0.2.9/0 gaddr 10.20.1.11/0 laddr 10.20.1.11/0
        <166>Jan  1 08:52:38 10.22.8.216 %ASA-4-106023: Deny tcp src outside:192.0.2.1/1 dst inside:10.20.1.11/22 by access-group "out"
        <166>Jan  1 08:52:39 10.22.8.216 no tag here
        """;
    FwContext ctx = parse(new CiscoAsaLogParser(), text, "asa-1");
    List<FirewallLogLine> lines = ctx.records(FirewallLogLine.class);
    assertThat(lines).extracting(l -> l.accepted() + " " + l.src() + ">" + l.dst()).containsExactly(
        "true 203.0.113.5>10.20.1.11", "true 10.20.1.41>198.51.100.7", "true 192.0.2.9>10.20.1.11", "false null>null");
    assertThat(ctx.count("rejected")).isEqualTo(1);
    assertThat(ctx.rejectsZh()).containsExactly(java.util.Map.entry(5, "不是 Cisco ASA 訊息：沒有 %ASA-n-nnnnnn 標記"));
    assertThat(ctx.warnings).isNotEmpty(); // the host 10.22.8.216 is not the entry's device asa-1
  }

  @Test
  void pfSenseAndOpnSenseFilterlogPassLinesAreAccepted() throws IOException {
    String text = """
        Jan  1 10:38:09 pfSense filterlog[123]: 5,,,1000000103,em0,match,pass,in,4,0x0,,64,420,0,none,6,tcp,60,203.0.113.8,10.20.1.11,53742,443,0,S,1,,65535,,mss
        <134>1 2026-01-01T11:32:42.5+00:00 fw.lan filterlog 92653 - [meta sequenceId="1"] 621,,,1644355515,vtnet0.10,match,block,in,6,0x00,0x07c63,64,TCP,6,44,2001:db8::1,fd00::5,65382,443,0,S
        <134>1 2026-01-01T11:32:43+00:00 fw.lan filterlog 92653 - - 7,,,1,vtnet0,match,maybe,in,4
        """;
    FwContext ctx = parse(new PfSenseFilterlogParser(), text, null);
    assertThat(ctx.outcomes.values()).containsExactly("used", "used", "rejected");
    List<FirewallLogLine> lines = ctx.records(FirewallLogLine.class);
    assertThat(lines.get(0).accepted()).isTrue();
    assertThat(lines.get(0).src()).isEqualTo("203.0.113.8");
    assertThat(lines.get(1).time()).isEqualTo(Instant.parse("2026-01-01T11:32:42.5Z"));
    assertThat(lines).extracting(FirewallLogLine::device).containsExactly("pfSense", "fw.lan");
    assertThat(ctx.rejectsZh().get(3)).isEqualTo("filterlog 動作 'maybe' 不是 pass、block、reject 或 match");
  }

  @Test
  void panOsTrafficAllowIsAcceptedAndTheReceiveTimeIsLocal() throws IOException {
    String text = "<14>Jan  5 12:51:34 PAN1 1,2026/01/05 12:51:33,0011C103117,TRAFFIC,end,1,2026/01/05 12:51:33,"
        + "198.51.100.4,10.20.1.11,0.0.0.0,0.0.0.0,EX-Allow,,,ssl,vsys1,untrust,trust,ethernet1/1,ethernet1/2,LOG,"
        + "2026/01/05 12:51:33,1,1,1,443,0,0,0x19,tcp,allow,94,94,0,1,2026/01/05 12:51:01,30,any,0,1,0x0,US,10.0.0.0-10.255.255.255,0,1,0\n"
        + "1,2026/01/05 12:52:00,0011C103117,THREAT,url,1,2026/01/05 12:52:00,10.0.0.1,\"1.2.3.4\",x\n"
        + "1,2026/13/05 12:52:00,0011C103117,TRAFFIC,end,1\n";
    FwContext ctx = parse(new PanOsLogParser(), text, null);
    assertThat(ctx.outcomes.values()).containsExactly("used", "used", "rejected");
    List<FirewallLogLine> lines = ctx.records(FirewallLogLine.class);
    assertThat(lines.get(0).time()).isEqualTo(Instant.parse("2026-01-05T04:51:33Z"));
    assertThat(lines.get(0).accepted()).isTrue();
    assertThat(lines.get(0).src()).isEqualTo("198.51.100.4");
    assertThat(lines).extracting(FirewallLogLine::device).containsExactly("PAN1", "0011C103117");
    assertThat(ctx.rejectsZh().get(3)).isEqualTo("PAN-OS CSV 只有 6 個欄位，少於 9 個");
  }

  @Test
  void anOverlongLineIsRejectedAndTheNextLineIsStillRead() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("date=2026-01-01 time=00:00:00 type=\"event\" msg=\"" + "x".repeat(300_000) + "\"\n").getBytes());
    b.writeBytes("date=2026-01-01 time=00:00:01 type=\"event\"\r\n".getBytes());
    FwContext ctx = new FwContext("big.log", "fw");
    new FortiGateLogParser().parse(new BytesInput("big.log", b.toByteArray()), ctx);
    assertThat(ctx.outcomes).containsEntry(1, "rejected").containsEntry(2, "used").hasSize(2);
    assertThat(ctx.rejectsZh().get(1)).isEqualTo("此行長度超過 65536 位元組");
  }
}
