package tw.coloaudit.example;

import java.util.List;
import java.util.Map;
import tw.coloaudit.example.ExamplePack.ExpectedFinding;

/**
 * One control family's share of the example pack: its files, its lines of the manifest, and the
 * findings and statuses an audit must report for it. Manifest blocks are YAML written at column
 * 0 (list items start with {@code - }); the pack indents them under their key.
 */
interface ExamplePart {

  /** Files by path within the pack. */
  Map<String, byte[]> files();

  /** Items of {@code files:}. */
  String manifestFiles();

  /** Items of {@code systems:} beyond the base systems of the pack. */
  default String systems() {
    return "";
  }

  /** Entries of {@code policy:}. */
  default String policy() {
    return "";
  }

  /** Items of {@code holidays:}. */
  default String holidays() {
    return "";
  }

  /** Items of {@code waivers:}. */
  default String waivers() {
    return "";
  }

  List<ExpectedFinding> answerKey();

  List<ExpectedFinding> waivedFindings();

  /** The status each control of this part must end in. */
  Map<String, String> expectedStatus();
}
