package tw.coloaudit.evidence.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.evidence.pack.EvidenceFile;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.account.AccountRecord;

class WindowsAccountCsvParserTest {

  @TempDir Path tmp;

  private final WindowsAccountCsvParser parser = new WindowsAccountCsvParser();

  /** Windows PowerShell 5.1: {@code Get-LocalUser | Export-Csv users.csv -Encoding UTF8} (en-US). */
  private static final String LOCAL_USERS = """
      #TYPE Microsoft.PowerShell.Commands.LocalUser
      "AccountExpires","Description","Enabled","FullName","PasswordChangeableDate","PasswordExpires","UserMayChangePassword","PasswordRequired","PasswordLastSet","LastLogon","Name","SID","PrincipalSource","ObjectClass"
      "","Built-in account for administering the computer/domain","True","","5/10/2024 9:12:33 AM","8/8/2024 9:12:33 AM","True","True","5/9/2024 9:12:33 AM","10/5/2026 2:05:00 PM","Administrator","S-1-5-21-3623811015-3361044348-30300820-500","Local","User"
      "","Built-in account for guest access to the computer/domain","False","","","","False","False","","","Guest","S-1-5-21-3623811015-3361044348-30300820-501","Local","User"
      "","A user account managed by the system.","False","","","","True","False","","","DefaultAccount","S-1-5-21-3623811015-3361044348-30300820-503","Local","User"
      "","","True","Trading Ops","3/2/2026 11:59:59 PM","","True","True","3/1/2026 11:59:59 PM","12/31/2025 12:30:00 AM","ops","S-1-5-21-3623811015-3361044348-30300820-1001","Local","User"
      "","","True","","","","True","True","13/45/2026 9:00:00 AM","","broken","S-1-5-21-3623811015-3361044348-30300820-1002","Local","User"
      """;

  /**
   * {@code Get-ADUser -Filter * -Properties * | Select-Object … , @{n='MemberOf';e={$_.MemberOf -join ';'}}
   * | Export-Csv -Encoding Unicode} on a zh-TW machine: a subset of the columns, in PowerShell's order.
   */
  private static final String AD_USERS = """
      #TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser
      "AccountExpirationDate","accountExpires","CN","Created","DistinguishedName","Enabled","lastLogon","LastLogonDate","lastLogonTimestamp","MemberOf","Name","PasswordLastSet","PasswordNeverExpires","pwdLastSet","SamAccountName","whenCreated"
      "","9223372036854775807","FIX 服務帳號","2023/8/1 上午 10:00:00","CN=FIX 服務帳號,OU=Service,DC=broker,DC=local","True","134357220000000000","2026/10/5 下午 02:05:00","134356860000000000","CN=Domain Admins,CN=Users,DC=broker,DC=local;CN=FIX Operators,OU=Groups,DC=broker,DC=local","FIX 服務帳號","2024/3/1 上午 09:00:00","True","133537212000000000","svc_fix","2023/8/1 上午 10:00:00"
      "","0","陳\\, 廠商","2024/1/2 下午 03:00:00","CN=陳\\, 廠商,OU=Vendors,DC=broker,DC=local","False","0","","","CN=Vendors\\, External,OU=Groups,DC=broker,DC=local","陳, 廠商","2024/1/2 下午 03:00:00","False","133500000000000000","vendor01","2024/1/2 下午 03:00:00"
      "","0","krbtgt","2020/1/1 上午 12:00:00","CN=krbtgt,CN=Users,DC=broker,DC=local","False","0","","","CN=Denied RODC Password Replication Group,CN=Users,DC=broker,DC=local","krbtgt","2020/1/1 上午 12:00:00","False","132223104000000000","krbtgt","2020/1/1 上午 12:00:00"
      "","0","trader","","CN=trader,CN=Users,DC=broker,DC=local","maybe","0","","","","trader","","False","0","trader",""
      """;

  private static byte[] utf8Bom(String text) {
    byte[] body = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[body.length + 3];
    b[0] = (byte) 0xEF;
    b[1] = (byte) 0xBB;
    b[2] = (byte) 0xBF;
    System.arraycopy(body, 0, b, 3, body.length);
    return b;
  }

  private static byte[] utf16(String text) {
    byte[] body = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
    byte[] b = new byte[body.length + 2];
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xFE;
    System.arraycopy(body, 0, b, 2, body.length);
    return b;
  }

  private CollectingContext parse(String name, byte[] bytes, String system) throws IOException {
    EvidenceFile f = TestFiles.file(tmp, name, bytes, "accounts", system);
    CollectingContext ctx = new CollectingContext(name, system);
    parser.parse(f, ctx);
    return ctx;
  }

  @Test
  void readsAGetLocalUserExport() throws IOException {
    CollectingContext ctx = parse("win/users.csv", utf8Bom(LOCAL_USERS), "colo-web-1");
    List<AccountRecord> a = ctx.records(AccountRecord.class);
    assertThat(a).extracting(AccountRecord::account).containsExactly("Administrator", "Guest", "DefaultAccount", "ops");
    AccountRecord admin = a.get(0);
    assertThat(admin.system()).isEqualTo("colo-web-1");
    assertThat(admin.enabled()).isTrue();
    assertThat(admin.passwordChangedOn()).isEqualTo(LocalDate.of(2024, 5, 9));
    assertThat(admin.lastLoginAt()).isEqualTo(Instant.parse("2026-10-05T06:05:00Z"));
    assertThat(admin.privileged()).isNull();
    assertThat(admin.format()).isEqualTo("windows");
    assertThat(admin.source().line()).isEqualTo(3);
    assertThat(a.get(1).enabled()).isFalse();
    assertThat(a.get(1).passwordChangedOn()).isNull();
    assertThat(a.get(1).lastLoginAt()).isNull();
    AccountRecord ops = a.get(3);
    assertThat(ops.passwordChangedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(ops.lastLoginAt()).isEqualTo(Instant.parse("2025-12-30T16:30:00Z"));
    assertThat(ctx.usedLines()).containsExactly(3, 4, 5, 6);
    assertThat(ctx.rejects()).containsOnlyKeys(7);
    assertThat(ctx.rejects().get(7)).isEqualTo("column PasswordLastSet: cannot read '13/45/2026 9:00:00 AM' as a date and time");
    assertThat(ctx.rejectsZh().get(7)).isEqualTo("欄位 PasswordLastSet：無法將 '13/45/2026 9:00:00 AM' 讀為日期時間");
  }

  @Test
  void readsAGetAdUserExportInUtf16WithZhTwTimes() throws IOException {
    CollectingContext ctx = parse("win/ad.csv", utf16(AD_USERS), "ad");
    List<AccountRecord> a = ctx.records(AccountRecord.class);
    assertThat(a).extracting(AccountRecord::account).containsExactly("svc_fix", "vendor01", "krbtgt");
    AccountRecord svc = a.get(0);
    assertThat(svc.enabled()).isTrue();
    assertThat(svc.groups()).containsExactly("Domain Admins", "FIX Operators");
    assertThat(svc.privileged()).isTrue();
    assertThat(svc.passwordChangedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(svc.createdOn()).isEqualTo(LocalDate.of(2023, 8, 1));
    // lastLogon (this DC) is later than LastLogonDate (replicated): the later one counts.
    assertThat(svc.lastLoginAt()).isEqualTo(Instant.parse("2026-10-06T01:00:00Z"));
    AccountRecord vendor = a.get(1);
    assertThat(vendor.enabled()).isFalse();
    assertThat(vendor.groups()).containsExactly("Vendors, External");
    assertThat(vendor.privileged()).isNull();
    assertThat(vendor.lastLoginAt()).isNull();
    assertThat(a.get(2).createdOn()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(ctx.rejects()).containsOnlyKeys(6);
    assertThat(ctx.rejects().get(6)).isEqualTo("column Enabled: cannot read 'maybe' as yes or no");
    assertThat(ctx.rejectsZh().get(6)).isEqualTo("欄位 Enabled：無法將 'maybe' 讀為是或否");
  }

  @Test
  void readsAnExportWithoutTheTypeLineAndWithAPlainGroupColumn() throws IOException {
    String text = """
        SamAccountName,Enabled,PasswordLastSet,LastLogon,Groups
        Administrator,True,2024-05-09 09:12:33,133537212000000000,Administrators;Users
        sa_like,True,,,sysadmin
        user1,False,,,Users
        """;
    CollectingContext ctx = parse("win/plain.csv", text.getBytes(StandardCharsets.UTF_8), "db-1");
    List<AccountRecord> a = ctx.records(AccountRecord.class);
    assertThat(a).extracting(AccountRecord::privileged).containsExactly(true, true, null);
    assertThat(a.get(0).groups()).containsExactly("Administrators", "Users");
    assertThat(a.get(0).lastLoginAt()).isEqualTo(Instant.parse("2024-02-29T23:00:00Z"));
    assertThat(ctx.usedLines()).containsExactly(2, 3, 4);
  }

  @Test
  void warnsOnceWhenMemberOfHoldsOnlyTheCollectionTypeName() throws IOException {
    String text = """
        "SamAccountName","Enabled","MemberOf"
        "a","True","Microsoft.ActiveDirectory.Management.ADPropertyValueCollection"
        "b","True","Microsoft.ActiveDirectory.Management.ADPropertyValueCollection"
        """;
    CollectingContext ctx = parse("win/ad2.csv", text.getBytes(StandardCharsets.UTF_8), "ad");
    assertThat(ctx.records(AccountRecord.class)).allSatisfy(r -> {
      assertThat(r.groups()).isEmpty();
      assertThat(r.privileged()).isNull();
    });
    assertThat(ctx.numberedWarnings()).singleElement().satisfies(w -> assertThat(w).contains("-join"));
    assertThat(ctx.numberedWarningsZh()).singleElement().satisfies(w -> assertThat(w).contains("MemberOf 存放的是型別名稱").contains("-join"));
  }

  @Test
  void rejectsEveryRowWhenTheEntryNamesNoSystem() throws IOException {
    CollectingContext ctx = parse("win/users.csv", utf8Bom(LOCAL_USERS), null);
    assertThat(ctx.records()).isEmpty();
    assertThat(ctx.rejects()).hasSize(5).allSatisfy((line, reason) -> assertThat(reason).contains("no system"));
    assertThat(ctx.rejectsZh()).allSatisfy((line, reason) -> assertThat(reason).isEqualTo("缺少系統：Windows 帳號匯出檔須由清單項目指定其系統"));
  }

  @Test
  void probesPowerShellExportsOnly() {
    byte[] none = new byte[0];
    assertThat(parser.probe(new Sample("u.csv", none, List.of("#TYPE Microsoft.PowerShell.Commands.LocalUser",
        "\"AccountExpires\",\"Description\",\"Enabled\",\"Name\"")))).isTrue();
    assertThat(parser.probe(new Sample("u.csv", none, List.of("SamAccountName\tEnabled")))).isTrue();
    assertThat(parser.probe(new Sample("u.csv", none, List.of("Name,Description")))).isFalse();
    assertThat(parser.probe(new Sample("u.csv", none, List.of("system,account,name,enabled")))).isFalse();
    assertThat(parser.probe(new Sample("u.csv", none, List.of("系統,帳號,啟用")))).isFalse();
    assertThat(parser.kinds()).containsExactly("accounts");
    assertThat(parser.format()).isEqualTo("windows-accounts");
  }
}
