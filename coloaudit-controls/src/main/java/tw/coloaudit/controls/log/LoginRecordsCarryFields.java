package tw.coloaudit.controls.log;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.controls.support.LoginSupport;
import tw.coloaudit.facts.log.LoginFacts;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;

/** LOG-FIELDS: login records of important systems carry user ID, date-time and source. */
@Control(
    id = "LOG-FIELDS",
    family = "logs",
    pattern = 7,
    titleZh = "登入紀錄欄位完整",
    titleEn = "Login records carry user, time and source",
    checksZh = "重要系統的登入紀錄（sshd 的 Accepted/Failed/Invalid user、Windows 4624/4625 之人員登入、last、應用程式登入）"
        + "須記載使用者代號、日期時間及來源主機或 IP（Windows 為 IpAddress 或非「-」的 WorkstationName）；"
        + "每個系統每個缺漏欄位列為一項發現並附筆數，缺漏比率超過容許值即不符合。",
    checksEn = "Login records of important systems (sshd Accepted/Failed/Invalid user lines, Windows 4624/4625 logons by "
        + "people, last entries, application logins) carry the user ID, the date and time, and the source host or IP "
        + "(for Windows, IpAddress or a WorkstationName other than '-'); one finding per system and missing field, with "
        + "the count, when the share missing exceeds the tolerance.",
    severity = Severity.MEDIUM,
    refs = {"CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 7"},
    requires = {"login-log"},
    policy = {"log_missing_field_ratio"},
    subjects = {"system,field"})
public final class LoginRecordsCarryFields implements AuditControl {

  private static final Map<String, String> FIELD_ZH = Map.of("user", "使用者代號", "time", "日期時間", "source", "來源主機或 IP");
  private static final Map<String, String> FIELD_EN = Map.of("user", "user ID", "time", "date and time", "source", "source host or IP");

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    LoginFacts facts = LoginSupport.logins(in);
    double tolerated = in.policy().doubleValue(PolicyKeys.LOG_MISSING_FIELD_RATIO);
    for (SystemDef s : in.importantSystems()) {
      if (!in.facts().presence().has("login-log", s.id())) continue; // the engine reports "no evidence"
      LoginFacts.Fields f = facts.fields(s.id());
      if (f.records() == 0) {
        out.skip("no_login_records");
        continue;
      }
      for (String field : LoginFacts.FIELDS) {
        Subject subject = Subject.of("system", s.id(), "field", field);
        long missing = f.missing(field);
        double ratio = (double) missing / f.records();
        if (missing == 0 || ratio <= tolerated) {
          out.pass(subject);
          continue;
        }
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("missing", missing);
        observed.put("records", f.records());
        observed.put("ratio", Math.round(ratio * 10_000) / 10_000.0);
        observed.put("tolerated_ratio", tolerated);
        out.fail(
            subject,
            Localized.of(
                "系統 " + s.id() + " 的 " + f.records() + " 筆登入紀錄中，有 " + missing + " 筆未記載" + FIELD_ZH.get(field) + "。",
                "System " + s.id() + ": " + missing + " of " + f.records() + " login records carry no " + FIELD_EN.get(field) + "."),
            observed,
            new ArrayList<>(f.examples(field)));
      }
    }
  }
}
