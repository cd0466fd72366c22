package tw.coloaudit.controls;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tw.coloaudit.model.Severity;

/** Catalog metadata of one control class; the ID and subject forms are those of CONTROLS.md. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Control {

  String id();

  /** The family: colo, orders, network, accounts, logs, vuln, change. */
  String family();

  /** The seed deck's deficiency pattern (1–8) it addresses, or 0. */
  int pattern() default 0;

  String titleZh();

  String titleEn();

  /** What it checks, in a few sentences, for {@code coloaudit explain}. */
  String checksZh();

  String checksEn();

  Severity severity();

  /** Rule references, e.g. {@code CC-18000}, {@code 主機共置服務管理辦法 art. 19}. */
  String[] refs();

  /** Required evidence kinds (bold in CONTROLS.md). */
  String[] requires();

  /** Whether the required kinds are alternatives: any one of them present suffices. */
  boolean requiresAny() default false;

  /** Evidence kinds that refine the check when present. */
  String[] uses() default {};

  /** Policy keys (see {@link PolicyKeys}). */
  String[] policy() default {};

  /** Subject forms, each a comma-separated list of keys, e.g. {@code "system,account"}. */
  String[] subjects();
}
