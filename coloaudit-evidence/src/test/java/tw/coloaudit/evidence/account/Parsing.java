package tw.coloaudit.evidence.account;

import tw.coloaudit.evidence.testing.TextInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;

/** Runs a parser over inline text in tests. */
final class Parsing {

  static final String SYSTEM = "colo-gw-1";

  private Parsing() {}

  static RecordingContext parse(EvidenceParser parser, String path, String text) {
    return parse(parser, TextInput.of(path, text), SYSTEM);
  }

  static RecordingContext parse(EvidenceParser parser, EvidenceInput input, String system) {
    RecordingContext ctx = new RecordingContext(input.path(), system);
    try {
      parser.parse(input, ctx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ctx;
  }
}
