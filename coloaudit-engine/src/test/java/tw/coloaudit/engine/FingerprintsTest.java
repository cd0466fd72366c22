package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tw.coloaudit.model.Subject;

class FingerprintsTest {

  @Test
  void isTheSha256OfTheCanonicalJsonWithKeysSorted() {
    // sha256 of {"control":"PWD-AGE","subject":{"account":"vendor01","system":"colo-gw-1"}}
    assertThat(Fingerprints.of("PWD-AGE", Subject.of("system", "colo-gw-1", "account", "vendor01")))
        .isEqualTo("965ed0ac2d62027c5e0613fa0f5eb107a79b4315c1eea6bad0a63f1bfd3c32a8");
  }

  @Test
  void doesNotDependOnTheOrderOfSubjectKeys() {
    assertThat(Fingerprints.of("PWD-AGE", Subject.of("account", "vendor01", "system", "colo-gw-1")))
        .isEqualTo(Fingerprints.of("PWD-AGE", Subject.of("system", "colo-gw-1", "account", "vendor01")));
  }

  @Test
  void escapesQuotesAndControlCharactersAndKeepsChineseAsUtf8() {
    assertThat(Fingerprints.canonicalJson("ACC-UNIQUE", Subject.of("person", "員工\"1\n")))
        .isEqualTo("{\"control\":\"ACC-UNIQUE\",\"subject\":{\"person\":\"員工\\\"1\\n\"}}");
    assertThat(Fingerprints.of("ACC-UNIQUE", Subject.of("person", "員工\"1\n")))
        .isEqualTo("418dfb1e67b8856f1675d39a9c307cb4594f6db6007d86eb3bd443b126ed0031");
  }
}
