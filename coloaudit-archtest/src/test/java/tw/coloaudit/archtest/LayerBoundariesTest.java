package tw.coloaudit.archtest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.Control;

/** The module boundaries of DESIGN.md: evidence flows one way, and each layer sees only what it needs. */
@AnalyzeClasses(packages = "tw.coloaudit", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerBoundariesTest {

  @ArchTest
  static final ArchRule modelDependsOnNothingElse =
      noClasses().that().resideInAPackage("tw.coloaudit.model..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "tw.coloaudit.evidence..", "tw.coloaudit.facts..", "tw.coloaudit.controls..",
              "tw.coloaudit.engine..", "tw.coloaudit.report..", "tw.coloaudit.cli..", "tw.coloaudit.example..",
              "tw.coloaudit.store..")
          .because("the shared types must not pull any stage in");

  @ArchTest
  static final ArchRule parsersNeverSeeControls =
      noClasses().that().resideInAPackage("tw.coloaudit.evidence..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "tw.coloaudit.facts..", "tw.coloaudit.controls..", "tw.coloaudit.engine..", "tw.coloaudit.report..")
          .because("parsers turn bytes into records and decide nothing about findings");

  @ArchTest
  static final ArchRule factsNeverSeeFilesOrControls =
      noClasses().that().resideInAPackage("tw.coloaudit.facts..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "tw.coloaudit.evidence..", "tw.coloaudit.controls..", "tw.coloaudit.engine..", "tw.coloaudit.report..")
          .because("reducers work on records, whatever format they came from");

  @ArchTest
  static final ArchRule controlsNeverSeeFilesOrParsers =
      noClasses().that().resideInAPackage("tw.coloaudit.controls..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "tw.coloaudit.evidence..", "tw.coloaudit.engine..", "tw.coloaudit.report..", "tw.coloaudit.cli..")
          .because("a control is a pure function of facts, policy and the as-of date");

  @ArchTest
  static final ArchRule controlsUseNoFilesClockOrNetwork =
      noClasses().that().resideInAPackage("tw.coloaudit.controls..")
          .and().doNotHaveSimpleName("ControlCatalog")
          .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
          .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
          .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
          .orShould().callMethod(System.class, "currentTimeMillis")
          .orShould().callMethod(java.time.LocalDate.class, "now")
          .orShould().callMethod(java.time.Instant.class, "now")
          .because("controls must give the same findings for the same evidence on any day and machine");

  @ArchTest
  static final ArchRule reportsNeverComputeFindings =
      noClasses().that().resideInAPackage("tw.coloaudit.report..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "tw.coloaudit.evidence..", "tw.coloaudit.facts..", "tw.coloaudit.controls..", "tw.coloaudit.engine..")
          .because("writers only read the immutable audit result");

  @ArchTest
  static final ArchRule theRunStoreReadsOnlyTheModel =
      noClasses().that().resideInAPackage("tw.coloaudit.store..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "tw.coloaudit.evidence..", "tw.coloaudit.facts..", "tw.coloaudit.controls..",
              "tw.coloaudit.engine..", "tw.coloaudit.report..", "tw.coloaudit.cli..", "tw.coloaudit.example..")
          .because("the store keeps finished results; it computes no findings and writes no reports");

  @ArchTest
  static final ArchRule onlyTheStoreTouchesTheDatabase =
      noClasses().that().resideOutsideOfPackage("tw.coloaudit.store..")
          .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..", "org.sqlite..", "org.postgresql..")
          .because("one module owns the schema and its migrations");

  @ArchTest
  static final ArchRule onlyTheCliUsesTheCommandLineLibrary =
      noClasses().that().resideOutsideOfPackage("tw.coloaudit.cli..")
          .should().dependOnClassesThat().resideInAPackage("picocli..")
          .because("commands stay thin over a separate engine");

  @ArchTest
  static final ArchRule controlsAreFinalAnnotatedClasses =
      classes().that().implement(AuditControl.class).and().areNotInterfaces()
          .should().beAnnotatedWith(Control.class)
          .andShould().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
          .andShould().resideInAPackage("tw.coloaudit.controls..")
          .because("one control is one final class whose metadata is its annotation");
}
