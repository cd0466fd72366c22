package tw.coloaudit.controls.log;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.coloaudit.controls.log.LogPack.failing;

import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Subject;

class LoginRecordsCarryFieldsTest {

  private static final String LOGINS = """
      gw,wangdm,2026-11-01T09:00:00,10.20.5.12,Y
      gw,,2026-11-01T09:01:00,10.20.5.13,N        # no user
      gw,trader,2026-11-01T09:02:00,10.20.5.31,Y
      gw,trader,2026-11-01T09:03:00,10.20.5.31,Y
      win,zhouml,2026-11-01T10:00:00,,Y           # no source
      win,zhouml,2026-11-01T10:05:00,,Y           # no source
      win,wangdm,,10.20.5.12,Y                    # no time
      win,wangdm,2026-11-01T11:00:00,10.20.5.12,Y
      lab,,,,Y                                    # not important: not checked
      """;

  @Test
  void failsEachImportantSystemAndFieldWithMissingValuesAndCountsThem() {
    Evaluation e = new LogPack().system("gw", true).system("win", true).system("lab", false).logins(LOGINS)
        .run(new LoginRecordsCarryFields());

    assertThat(failing(e)).containsExactlyInAnyOrder(
        Subject.of("system", "gw", "field", "user"),
        Subject.of("system", "win", "field", "source"),
        Subject.of("system", "win", "field", "time"));
    Evaluation.Failure source = e.failures().stream()
        .filter(f -> f.subject().equals(Subject.of("system", "win", "field", "source"))).findFirst().orElseThrow();
    assertThat(source.observed()).containsEntry("missing", 2L).containsEntry("records", 4L);
    assertThat(source.evidence()).hasSize(2);
    assertThat(e.passed()).isEqualTo(3);
  }

  @Test
  void passesWhenEveryRecordCarriesEveryField() {
    Evaluation e = new LogPack().system("gw", true)
        .logins("gw,wangdm,2026-11-01T09:00:00,10.20.5.12,Y\ngw,root,2026-11-01T09:00:00,10.20.5.12,N")
        .run(new LoginRecordsCarryFields());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(3);
  }

  @Test
  void aShareMissingEqualToTheToleranceIsAccepted() {
    String logins = """
        gw,a,2026-11-01T09:00:00,,Y
        gw,b,2026-11-01T09:00:00,10.0.0.1,Y
        gw,c,2026-11-01T09:00:00,10.0.0.1,Y
        gw,d,2026-11-01T09:00:00,10.0.0.1,Y
        win,a,2026-11-01T09:00:00,,Y
        win,b,2026-11-01T09:00:00,,Y
        win,c,2026-11-01T09:00:00,10.0.0.1,Y
        win,d,2026-11-01T09:00:00,10.0.0.1,Y
        """;
    Evaluation e = new LogPack().system("gw", true).system("win", true).policy("log_missing_field_ratio", 0.25).logins(logins)
        .run(new LoginRecordsCarryFields());

    assertThat(failing(e)).containsExactly(Subject.of("system", "win", "field", "source"));
  }

  @Test
  void leavesAnImportantSystemWithoutLoginLogsToTheMissingEvidenceRule() {
    Evaluation e = new LogPack().system("gw", true).system("db", true).logins("gw,wangdm,2026-11-01T09:00:00,10.20.5.12,Y")
        .run(new LoginRecordsCarryFields());

    assertThat(failing(e)).isEmpty();
    assertThat(e.passed()).isEqualTo(3);
  }
}
