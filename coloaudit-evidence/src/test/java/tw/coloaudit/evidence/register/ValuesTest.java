package tw.coloaudit.evidence.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.coloaudit.model.PartyType;

class ValuesTest {

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # text                 | date
          2024-05-01             | 2024-05-01
          2024/5/1               | 2024-05-01
          2024/05/01             | 2024-05-01
          2024.5.1               | 2024-05-01
          113/05/01              | 2024-05-01
          113.5.1                | 2024-05-01
          113-05-01              | 2024-05-01
          民國113年5月1日          | 2024-05-01
          民國 113 年 5 月 1 日     | 2024-05-01
          113年5月1日             | 2024-05-01
          2024年5月1日            | 2024-05-01
          99/5/1                 | 2010-05-01
          99年12月31日            | 2010-12-31
          1/1/1                  | 1912-01-01
          10/5/2026              | 2026-10-05
          12/31/2025             | 2025-12-31
          20240501               | 2024-05-01
          45413                  | 2024-05-01
          45413.75               | 2024-05-01
          2024-05-01 13:45:00    | 2024-05-01
          '  2024-05-01  '       | 2024-05-01
          """)
  void readsEveryDateForm(String text, LocalDate expected) throws ValueException {
    assertThat(Values.date(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is not a date")
  @ValueSource(strings = {"113/13/40", "2024-02-30", "0/5/1", "yesterday", "13/13/2026", "19999", "2024/5", "5/1"})
  void rejectsTextThatIsNoDate(String text) {
    assertThatThrownBy(() -> Values.date(text))
        .isInstanceOf(ValueException.class)
        .hasMessageContaining("cannot read '" + text.strip() + "' as a date");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\u3000"})
  void readsBlankAsUnknown(String text) throws ValueException {
    assertThat(Values.date(text)).isNull();
    assertThat(Values.timestamp(text, TAIPEI)).isNull();
    assertThat(Values.yesNo(text)).isNull();
    assertThat(Values.party(text)).isNull();
    assertThat(Values.fileTime(text)).isNull();
    assertThat(Values.integer(text)).isNull();
    assertThat(Values.list(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # text (Asia/Taipei when no zone)   | instant
          2024-05-01 13:45                     | 2024-05-01T05:45:00Z
          2024-05-01 13:45:30                  | 2024-05-01T05:45:30Z
          2024-05-01 13:45:30.123456           | 2024-05-01T05:45:30.123456Z
          2024-05-01 13:45:30,5                | 2024-05-01T05:45:30.500Z
          2024-05-01T13:45:30                  | 2024-05-01T05:45:30Z
          2024-05-01T13:45:30Z                 | 2024-05-01T13:45:30Z
          2024-05-01T13:45:30+08:00            | 2024-05-01T05:45:30Z
          2024-05-01 13:45:30 +0800            | 2024-05-01T05:45:30Z
          2024-05-01T13:45:30.5-05:00          | 2024-05-01T18:45:30.500Z
          2024/5/1 8:05                        | 2024-05-01T00:05:00Z
          113/05/01 13:45:30                   | 2024-05-01T05:45:30Z
          民國113年5月1日 13:45                  | 2024-05-01T05:45:00Z
          10/5/2026 2:05:00 PM                 | 2026-10-05T06:05:00Z
          10/5/2026 2:05:00 AM                 | 2026-10-04T18:05:00Z
          10/5/2026 12:05:00 AM                | 2026-10-04T16:05:00Z
          10/5/2026 12:05:00 PM                | 2026-10-05T04:05:00Z
          10/5/2026 11:59:59 pm                | 2026-10-05T15:59:59Z
          2026/10/5 下午 02:05:00                | 2026-10-05T06:05:00Z
          2026/10/5 上午 02:05:00                | 2026-10-04T18:05:00Z
          2026/10/5 上午 12:30:00                | 2026-10-04T16:30:00Z
          2026/10/5 下午 12:30:00                | 2026-10-05T04:30:00Z
          2026/10/5 下午 12:00                   | 2026-10-05T04:00:00Z
          2024-05-01                           | 2024-04-30T16:00:00Z
          45413.5                              | 2024-05-01T04:00:00Z
          45413                                | 2024-04-30T16:00:00Z
          """)
  void readsEveryTimestampForm(String text, Instant expected) throws ValueException {
    assertThat(Values.timestamp(text, TAIPEI)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is not a timestamp")
  @ValueSource(
      strings = {"2024-05-01 25:00", "2024-05-01 13:60", "10/5/2026 13:05:00 PM", "10/5/2026 0:05 AM",
          "2026/10/5 下午 02:05:00 PM", "2024-13-01 10:00", "soon", "2024-05-01 10:00 +25:00"})
  void rejectsTextThatIsNoTimestamp(String text) {
    assertThatThrownBy(() -> Values.timestamp(text, TAIPEI))
        .isInstanceOf(ValueException.class)
        .hasMessageContaining("cannot read '" + text + "'");
    assertThatThrownBy(() -> Values.timestamp(text, TAIPEI))
        .isInstanceOfSatisfying(ValueException.class, e -> assertThat(e.reason().zh()).startsWith("無法將 '" + text + "' 讀為日期時間"));
  }

  @Test
  void takesTheLocalDateOfATimestampInTheGivenZone() throws ValueException {
    assertThat(Values.timestampDate("2026-10-04T20:00:00Z", TAIPEI)).isEqualTo(LocalDate.of(2026, 10, 5));
    assertThat(Values.timestampDate("10/5/2026 11:30:00 PM", TAIPEI)).isEqualTo(LocalDate.of(2026, 10, 5));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Y     | true
          n     | false
          Yes   | true
          NO    | false
          True  | true
          false | false
          1     | true
          0     | false
          是    | true
          否    | false
          有    | true
          無    | false
          V     | true
          v     | true
          """)
  void readsYesNoWords(String text, boolean expected) throws ValueException {
    assertThat(Values.yesNo(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "2", "X", "對"})
  void rejectsOtherYesNoWords(String text) {
    assertThatThrownBy(() -> Values.yesNo(text)).hasMessage("cannot read '" + text + "' as yes or no");
  }

  @Test
  void readsPartyTypesInBothLanguages() throws ValueException {
    assertThat(Values.party("廠商")).isEqualTo(PartyType.VENDOR);
    assertThat(Values.party("third party")).isEqualTo(PartyType.THIRD_PARTY);
    assertThat(Values.party("Employee")).isEqualTo(PartyType.EMPLOYEE);
    assertThatThrownBy(() -> Values.party("alien")).hasMessageContaining("cannot read 'alien' as a party type");
  }

  @Test
  void splitsListsOnSemicolonsCommasAndEnumerationCommas() {
    assertThat(Values.list("gw:root; gw:ops,db:sa、web:admin ;;")).containsExactly("gw:root", "gw:ops", "db:sa", "web:admin");
  }

  @ParameterizedTest(name = "FILETIME {0} is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          116444736000000000 | 1970-01-01T00:00:00Z
          133630218000000000 | 2024-06-16T14:30:00Z
          133630218001234567 | 2024-06-16T14:30:00.1234567Z
          """)
  void readsWindowsFileTimes(String text, Instant expected) throws ValueException {
    assertThat(Values.fileTime(text)).isEqualTo(expected);
  }

  @Test
  void readsNeverFileTimesAsUnknown() throws ValueException {
    assertThat(Values.fileTime("0")).isNull();
    assertThat(Values.fileTime("9223372036854775807")).isNull();
    assertThatThrownBy(() -> Values.fileTime("-5")).hasMessageContaining("negative");
    assertThatThrownBy(() -> Values.fileTime("5/1/2024")).hasMessageContaining("FILETIME");
  }

  @Test
  void readsWholeNumbersAsExcelWritesThem() throws ValueException {
    assertThat(Values.integer("8")).isEqualTo(8);
    assertThat(Values.integer("8.0")).isEqualTo(8);
    assertThatThrownBy(() -> Values.integer("8.5")).hasMessage("cannot read '8.5' as a whole number");
  }
}
