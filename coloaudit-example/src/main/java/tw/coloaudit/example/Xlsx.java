package tw.coloaudit.example;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes one-sheet XLSX registers whose bytes depend only on their content. */
final class Xlsx {

  /** The instant every zip entry and the document properties carry. */
  private static final LocalDateTime SAVED_AT = LocalDateTime.of(2026, 11, 20, 9, 0);

  private static final String SAVED_AT_W3C = "2026-11-20T01:00:00Z";

  private Xlsx() {}

  /**
   * One sheet: a bold header row, then the rows. A cell is a String, a Number, a LocalDate (an
   * Excel date cell), a LocalDateTime (an Excel date-time cell) or null (left empty).
   */
  static byte[] sheet(String sheetName, List<String> headers, List<List<Object>> rows) {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(raw, "ColoAudit", "1.0");
      Worksheet ws = wb.newWorksheet(sheetName);
      for (int c = 0; c < headers.size(); c++) {
        ws.value(0, c, headers.get(c));
        ws.style(0, c).bold().set();
        ws.width(c, 16);
      }
      for (int r = 0; r < rows.size(); r++) {
        List<Object> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          Object v = row.get(c);
          int at = r + 1;
          if (v == null) continue;
          if (v instanceof String s) {
            ws.value(at, c, s);
          } else if (v instanceof Number n) {
            ws.value(at, c, n);
          } else if (v instanceof LocalDate d) {
            ws.value(at, c, d);
            ws.style(at, c).format("yyyy/mm/dd").set();
          } else if (v instanceof LocalDateTime t) {
            ws.value(at, c, t);
            ws.style(at, c).format("yyyy/mm/dd hh:mm").set();
          } else {
            throw new IllegalArgumentException("unsupported cell " + v.getClass());
          }
        }
      }
      wb.finish();
      return normalised(raw.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Re-zips the workbook with fixed entry times and a fixed creation date, which the writer
   * otherwise takes from the clock.
   */
  private static byte[] normalised(byte[] xlsx) throws IOException {
    // The writer's local headers leave sizes to the central directory, which only ZipFile reads.
    Path tmp = Files.createTempFile("coloaudit-example", ".xlsx");
    try {
      Files.write(tmp, xlsx);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipFile in = new ZipFile(tmp.toFile());
          ZipOutputStream zip = new ZipOutputStream(out)) {
        for (ZipEntry e : Collections.list(in.entries())) {
          byte[] data;
          try (InputStream entry = in.getInputStream(e)) {
            data = entry.readAllBytes();
          }
          if (e.getName().equals("docProps/core.xml")) {
            String xml = new String(data, StandardCharsets.UTF_8)
                .replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + SAVED_AT_W3C + "$2")
                .replaceAll("(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", "$1" + SAVED_AT_W3C + "$2");
            data = xml.getBytes(StandardCharsets.UTF_8);
          }
          ZipEntry copy = new ZipEntry(e.getName());
          copy.setTimeLocal(SAVED_AT);
          zip.putNextEntry(copy);
          zip.write(data);
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
