package tw.coloaudit.evidence.orders;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.FileEntry;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.RowView;

/** Runs order parsers over bytes in tests and records every line's outcome. */
final class OrderParsing {

  static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

  private OrderParsing() {}

  static Result parse(EvidenceParser parser, String path, byte[] bytes, Charset cs, String system) {
    Result r = new Result(path, system);
    EvidenceInput in = new EvidenceInput() {
      public String path() {
        return path;
      }

      public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
      }

      public FileEntry entry() {
        return null;
      }

      public InputStream openBytes() {
        return new ByteArrayInputStream(bytes);
      }

      public BufferedReader openText() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), cs));
      }

      public Charset charset() {
        return cs;
      }
    };
    try {
      parser.parse(in, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return r;
  }

  static Result parse(EvidenceParser parser, String path, String text) {
    return parse(parser, path, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
  }

  static Sample sample(String name, String text) {
    return new Sample(name, text.getBytes(StandardCharsets.UTF_8), text.lines().limit(20).toList());
  }

  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records, each line's outcome, rejects and warnings of one parse. */
  static final class Result implements ParseContext {
    final String path;
    final String system;
    final List<Object> records = new ArrayList<>();
    final Map<Integer, String> rejects = new TreeMap<>();
    final Map<Integer, String> warnings = new TreeMap<>();
    /** The Chinese texts of {@link #rejects} and {@link #warnings}, by line. */
    final Map<Integer, String> rejectsZh = new TreeMap<>();
    final Map<Integer, String> warningsZh = new TreeMap<>();
    int used;
    int skipped;

    Result(String path, String system) {
      this.path = path;
      this.system = system;
    }

    String counts() {
      return used + " used, " + skipped + " skipped, " + rejects.size() + " rejected";
    }

    <T> List<T> records(Class<T> type) {
      return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public String system() {
      return system;
    }

    public String device() {
      return null;
    }

    public ZoneId zone() {
      return ZONE;
    }

    public LocalDate asOf() {
      return LocalDate.of(2026, 11, 20);
    }

    public Provenance line(int line) {
      return Provenance.line(path, line);
    }

    public Provenance row(String sheet, int row) {
      return Provenance.cell(path, sheet, row);
    }

    public void emit(Object record) {
      // Rows are valid only during emit: keep the records they stand for.
      records.add(record instanceof RowView row ? row.toRecord() : record);
    }

    public void used(int line) {
      used++;
    }

    public void skipped(int line) {
      skipped++;
    }

    public void rejected(int line, Localized localized) {
      String reason = tw.coloaudit.evidence.testing.Bilingual.en(localized, line);
      if (rejects.put(line, reason) != null) throw new AssertionError("line " + line + " counted twice");
      rejectsZh.put(line, localized.zh());
    }

    public void warn(int line, Localized localized) {
      String message = tw.coloaudit.evidence.testing.Bilingual.en(localized, line);
      warnings.merge(line, message, (a, b) -> a + " / " + b);
      warningsZh.merge(line, localized.zh(), (a, b) -> a + " / " + b);
    }
  }
}
