package tw.coloaudit.evidence.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.log.LoginRecord;

class AppLoginCsvParserTest {

  @Test
  void readsEveryRowAsALoginWithBlankCellsAsMissingFields() {
    LogContext r = LogContext.parse(new AppLoginCsvParser(), "logins.csv", """
        system,user,time,source
        colo-db-1,chenyj,2026-11-03 09:12:40,10.20.5.22
        colo-db-1,,2026/11/3 09:13,10.20.5.22
        colo-db-1,app_order,,10.20.1.11
        colo-db-1,"liket",2026-11-03T16:40:00+08:00,
        colo-db-1,liket,not a time,10.20.5.25
        """.replace("\n", "\r\n"), null);

    assertThat(r.outcomes()).isEqualTo("1 skipped, 2 used, 3 used, 4 used, 5 used, 6 rejected");
    List<LoginRecord> l = r.logins();
    assertThat(l.get(0).time()).isEqualTo(Instant.parse("2026-11-03T01:12:40Z"));
    assertThat(l.get(1).user()).isNull();
    assertThat(l.get(2).time()).isNull();
    assertThat(l.get(3).origin()).isNull();
    assertThat(l).allMatch(LoginRecord::success);
    assertThat(r.rejectsZh()).containsEntry(6, "欄位 time (時間)：無法將 'not a time' 讀為日期時間");
  }

  @Test
  void rejectsAHeaderWithoutUserAndTimeAndReadsNoFurther() {
    LogContext r = LogContext.parse(new AppLoginCsvParser(), "logins.csv", "system,source\ncolo-db-1,10.20.5.22\n", null);

    assertThat(r.outcomes()).isEqualTo("1 rejected");
    assertThat(r.rejectsZh()).containsEntry(1, "標頭缺少使用者（user）與時間（time）欄位");
  }

  @Test
  void readsChineseHeadersAndAResultColumn() {
    LogContext r = LogContext.parse(new AppLoginCsvParser(), "logins.csv", """
        系統,使用者,時間,來源,結果
        colo-db-1,chenyj,2026-11-03 09:12,10.20.5.22,失敗
        colo-db-1,chenyj,2026-11-03 09:13,10.20.5.22,成功
        """, "colo-db-1");

    assertThat(r.logins()).extracting(LoginRecord::success).containsExactly(false, true);
  }

  @Test
  void probesOnlyAHeaderWithUserAndTime() {
    AppLoginCsvParser p = new AppLoginCsvParser();
    assertThat(p.probe(new Sample("a.csv", new byte[0], List.of("system,user,time,source")))).isTrue();
    assertThat(p.probe(new Sample("a.csv", new byte[0], List.of("system,account,reviewed_on")))).isFalse();
  }
}
