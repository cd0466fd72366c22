package tw.coloaudit.facts.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.PartyType;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.Person;

class PeopleTest {

  private final People people =
      People.of(
          List.of(
              person("E001", "王大明", 2),
              person("E002", "李小華", 3),
              person("E001", "王大名", 4),
              person("V010", "John Smith", 5)));

  private static Person person(String id, String name, int row) {
    return new Person(id, name, PartyType.EMPLOYEE, null, null, List.of(), Provenance.line("people.csv", row));
  }

  @Test
  void findsAPersonByIdOrByName() {
    assertThat(people.find(" E002 ")).map(Person::name).contains("李小華");
    assertThat(people.find("李小華")).map(Person::person).contains("E002");
    assertThat(people.find("John Smith")).map(Person::person).contains("V010");
  }

  @Test
  void stripsALeadingTitleSeparatedByASpace() {
    assertThat(people.find("資訊主管 王大明")).map(Person::person).contains("E001");
    assertThat(people.find("經理　李小華")).as("full-width space").map(Person::person).contains("E002");
    assertThat(People.stripTitle("資訊主管 王大明")).isEqualTo("王大明");
  }

  @Test
  void comparesUnknownNamesAsExactTrimmedStrings() {
    assertThat(people.find("張三")).isEmpty();
    assertThat(people.key(" 張三 ")).contains("張三");
    assertThat(people.samePerson("張三", "張三 ")).isTrue();
    assertThat(people.samePerson("張三", "李四")).isFalse();
    assertThat(people.samePerson("資訊主管 王大明", "E001")).isTrue();
    assertThat(people.samePerson("", "")).isFalse();
  }

  @Test
  void reportsPersonIdsUsedTwice() {
    assertThat(people.duplicateIds()).containsExactly("E001");
    assertThat(people.rowsOf("E001")).extracting(Person::name).containsExactly("王大明", "王大名");
    assertThat(people.byId("E001")).map(Person::name).contains("王大明");
  }
}
