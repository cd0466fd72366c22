package tw.coloaudit.evidence.vuln;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.evidence.testing.LineRecordingContext;
import tw.coloaudit.model.Localized;

/** The shared parse context for scan tests: a report counts several items of one line. */
final class ScanContext extends LineRecordingContext {

  private final Map<Integer, String> rejectsZh = new TreeMap<>();
  private final List<String> warningsZh = new ArrayList<>();

  ScanContext(String file, String system) {
    super(file, system, null, null, TAIPEI, true);
  }

  @Override
  public void rejected(int line, Localized reason) {
    super.rejected(line, reason);
    rejectsZh.merge(line, reason.zh(), (a, b) -> a + " | " + b);
  }

  @Override
  public void warn(int line, Localized message) {
    super.warn(line, message);
    warningsZh.add(message.zh());
  }

  /** The Chinese text of each line's reject reasons, joined as {@link #rejects()} joins the English. */
  Map<Integer, String> rejectsZh() {
    return rejectsZh;
  }

  /** The warnings' Chinese texts in order. */
  List<String> warningsZh() {
    return warningsZh;
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
