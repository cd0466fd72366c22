package tw.coloaudit.evidence.vuln;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Provenance;

/** A parse context for scan tests: keeps records, counts outcomes, rejects and warnings. */
final class ScanContext implements ParseContext {

  private final String file;
  private final String system;
  private final List<Object> records = new ArrayList<>();
  private final Map<Integer, String> rejects = new TreeMap<>();
  final List<String> warnings = new ArrayList<>();
  int used;
  int skipped;
  int rejected;

  ScanContext(String file, String system) {
    this.file = file;
    this.system = system;
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

  @Override
  public String system() {
    return system;
  }

  @Override
  public String device() {
    return null;
  }

  @Override
  public ZoneId zone() {
    return ZoneId.of("Asia/Taipei");
  }

  @Override
  public LocalDate asOf() {
    return LocalDate.of(2026, 11, 20);
  }

  @Override
  public Provenance line(int line) {
    return Provenance.line(file, line);
  }

  @Override
  public Provenance row(String sheet, int row) {
    return Provenance.cell(file, sheet, row);
  }

  @Override
  public void emit(Object record) {
    records.add(record);
  }

  @Override
  public void used(int line) {
    used++;
  }

  @Override
  public void skipped(int line) {
    skipped++;
  }

  @Override
  public void rejected(int line, String reason) {
    rejected++;
    rejects.merge(line, reason, (a, b) -> a + " | " + b);
  }

  @Override
  public void warn(int line, String message) {
    warnings.add(line + ": " + message);
  }

  <T> List<T> records(Class<T> type) {
    return records.stream().filter(type::isInstance).map(type::cast).toList();
  }

  Map<Integer, String> rejects() {
    return rejects;
  }

  String counts() {
    return used + " used, " + skipped + " skipped, " + rejected + " rejected";
  }
}
