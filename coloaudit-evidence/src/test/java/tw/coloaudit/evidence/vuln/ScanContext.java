package tw.coloaudit.evidence.vuln;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.evidence.testing.LineRecordingContext;

/** The shared parse context for scan tests: a report counts several items of one line. */
final class ScanContext extends LineRecordingContext {

  ScanContext(String file, String system) {
    super(file, system, null, null, TAIPEI, true);
  }

  static ScanContext parse(EvidenceParser parser, ScanInput input) {
    return parse(parser, input, null);
  }

  static ScanContext parse(EvidenceParser parser, ScanInput input, String system) {
    ScanContext ctx = new ScanContext(input.path(), system);
    try {
      parser.parse(input, ctx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ctx;
  }

  static Sample sample(ScanInput input) {
    byte[] b = input.bytes();
    byte[] head = java.util.Arrays.copyOf(b, Math.min(b.length, 8192));
    String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
    return new Sample(input.fileName(), head, List.of(text.split("\r?\n", 20)));
  }
}
