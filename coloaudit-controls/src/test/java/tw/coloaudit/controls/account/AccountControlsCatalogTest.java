package tw.coloaudit.controls.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.ControlRegistry;
import tw.coloaudit.controls.PolicyKeys;

class AccountControlsCatalogTest {

  private static final List<String> IDS =
      List.of("ACC-PRIV-VENDOR", "ACC-REQUEST", "ACC-UNIQUE", "ACC-DORMANT", "ACC-OUTSOURCE-REVOKE", "PWD-POLICY", "PWD-AGE", "PWD-DEFAULT");

  @Test
  void registersEachAccountAndPasswordControlOnce() {
    List<String> registered = ControlRegistry.all().stream().map(c -> c.metadata().id()).toList();

    assertThat(registered).containsAll(IDS).doesNotHaveDuplicates();
    assertThat(registered).isSorted();
  }

  @Test
  void everyAccountControlHasCompleteMetadata() {
    for (String id : IDS) {
      AuditControl control = ControlRegistry.byId(id).orElseThrow();
      Control c = control.metadata();
      assertThat(c.family()).as(id).isEqualTo("accounts");
      assertThat(c.pattern()).as(id).isIn(5, 6);
      assertThat(List.of(c.titleZh(), c.titleEn(), c.checksZh(), c.checksEn())).as(id).allMatch(s -> !s.isBlank());
      assertThat(c.refs()).as(id).contains("CC-18000");
      assertThat(c.requires()).as(id).isNotEmpty();
      assertThat(c.subjects()).as(id).isNotEmpty();
      for (String key : c.policy()) assertThat(PolicyKeys.byName(key)).as(id + " " + key).isPresent();
      assertThat(control.getClass().getModifiers() & java.lang.reflect.Modifier.FINAL).as(id + " is final").isNotZero();
    }
  }

  @Test
  void everyAccountControlHasATestClass() throws Exception {
    for (String id : IDS) {
      String name = ControlRegistry.byId(id).orElseThrow().getClass().getName() + "Test";
      assertThat(Class.forName(name)).as(id).isNotNull();
    }
  }
}
