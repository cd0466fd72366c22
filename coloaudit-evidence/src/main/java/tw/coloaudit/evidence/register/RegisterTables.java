package tw.coloaudit.evidence.register;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import tw.coloaudit.evidence.spi.UnreadableFileException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.evidence.text.BoundedLineReader;
import tw.coloaudit.evidence.text.LineCappingReader;

/**
 * Streams the raw rows of a CSV file (FastCSV; comma, semicolon or tab, sniffed from the first
 * content line) or of one sheet of an XLSX workbook (fastexcel-reader) as lists of cell texts.
 */
public final class RegisterTables {

  /** Largest field FastCSV buffers, a guard against a runaway quote. */
  static final int MAX_FIELD_CHARS = 4 * 1024 * 1024;

  /** Receives the rows of a table in order. */
  public interface RowHandler {

    /** Called once before the rows of an XLSX sheet, with the sheet's name. */
    default void sheet(String name) {}

    /**
     * One row: its 1-based line (CSV, the line it starts on) or row number (XLSX), its cells, and
     * the indexes of cells that were numbers in the spreadsheet.
     */
    void row(int line, List<String> cells, Set<Integer> numeric) throws IOException;

    /** A CSV row that held a line longer than the limit: its cells were not read. */
    void overlong(int line, int limit) throws IOException;
  }

  private RegisterTables() {}

  /** Reads a CSV file, decoded as the input says; blank lines are not passed on. */
  public static void readCsv(EvidenceInput input, RowHandler handler) throws IOException {
    readCsv(input, InputLimits.DEFAULT, handler);
  }

  /**
   * Reads a CSV file within the limits: a row holding a line longer than {@code maxLineChars} goes
   * to {@link RowHandler#overlong} instead of {@link RowHandler#row}.
   */
  public static void readCsv(EvidenceInput input, InputLimits limits, RowHandler handler) throws IOException {
    int maxLine = limits.maxLineChars();
    char sep = sniffSeparator(input, maxLine);
    try (LineCappingReader text = new LineCappingReader(input.openText(), maxLine);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .fieldSeparator(sep)
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .maxBufferSize(MAX_FIELD_CHARS)
                .ofCsvRecord(text)) {
      Iterator<CsvRecord> it = csv.iterator();
      // One record of lookahead: once the next record has started, the capping reader has seen
      // every line of the pending one, so it can tell whether one of them was cut.
      CsvRecord pending = null;
      while (true) {
        CsvRecord rec;
        try {
          rec = it.hasNext() ? it.next() : null;
        } catch (CsvParseException e) {
          throw new UnreadableFileException(input.path() + "：CSV 格式錯誤，無法繼續讀取",
              input.path() + ": the CSV cannot be read further: " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
          throw e.getCause();
        }
        if (pending != null) {
          long start = pending.getStartingLineNumber();
          long end = rec == null ? Long.MAX_VALUE : rec.getStartingLineNumber();
          if (text.cutWithin(start, end)) {
            handler.overlong((int) start, maxLine);
          } else {
            handler.row((int) start, pending.getFields(), Set.of());
          }
        }
        if (rec == null) break;
        pending = rec;
      }
    }
  }

  /** The separator of the first content line: the most frequent of comma, semicolon and tab. */
  static char sniffSeparator(EvidenceInput input) throws IOException {
    return sniffSeparator(input, InputLimits.DEFAULT.maxLineChars());
  }

  static char sniffSeparator(EvidenceInput input, int maxLine) throws IOException {
    try (BoundedLineReader r = new BoundedLineReader(input.openText(), maxLine)) {
      int seen = 0;
      while (r.next() && seen++ < 100) {
        String line = r.text();
        String s = line.strip();
        if (s.isEmpty() || isTypeLine(s)) continue;
        int comma = 0;
        int semi = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
          char c = line.charAt(i);
          if (c == '"') quoted = !quoted;
          else if (!quoted && c == ',') comma++;
          else if (!quoted && c == ';') semi++;
          else if (!quoted && c == '\t') tab++;
        }
        if (tab > comma && tab >= semi) return '\t';
        if (semi > comma) return ';';
        return ',';
      }
    }
    return ',';
  }

  /** Whether a line is PowerShell's {@code #TYPE …} preamble. */
  public static boolean isTypeLine(String line) {
    String s = line.strip();
    if (s.startsWith("\"")) s = s.substring(1);
    return s.regionMatches(true, 0, "#TYPE", 0, 5);
  }

  /**
   * Reads one sheet of an XLSX workbook: the named one, or the first when {@code sheetName} is
   * null. Returns the name of the sheet read.
   */
  public static String readXlsx(EvidenceInput input, String sheetName, RowHandler handler) throws IOException {
    return readXlsx(input, sheetName, InputLimits.DEFAULT, handler);
  }

  /**
   * Reads one sheet of an XLSX workbook within the limits: the workbook is spooled to a temporary
   * file (fastexcel would hold a stream's bytes in memory) and refused when a part looks like a zip
   * bomb. Returns the name of the sheet read.
   */
  public static String readXlsx(EvidenceInput input, String sheetName, InputLimits limits, RowHandler handler)
      throws IOException {
    Path spool = Files.createTempFile("coloaudit-", ".xlsx");
    try {
      try (InputStream in = input.openBytes()) {
        byte[] magic = in.readNBytes(4);
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
          throw new UnreadableFileException(input.path() + "：不是 XLSX 活頁簿：開頭不是 zip 檔案格式",
              input.path() + ": not an XLSX workbook: it does not start as a zip file does");
        }
        try (OutputStream out = Files.newOutputStream(spool)) {
          out.write(magic);
          in.transferTo(out);
        }
      }
      checkParts(input, spool, limits);
      return readSpooled(input, spool, sheetName, handler);
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  private static void checkParts(EvidenceInput input, Path xlsx, InputLimits limits) throws IOException {
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      long total = 0;
      int count = 0;
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        long size = e.getSize();
        long csize = e.getCompressedSize();
        if (++count > limits.maxEntries()) {
          throw new UnreadableFileException(input.path() + "：活頁簿的組成部分超過 " + limits.maxEntries() + " 個（max-entries）",
              input.path() + ": the workbook holds more than " + limits.maxEntries() + " parts (max-entries)");
        }
        if (size > limits.ratioCheckFromBytes() && (csize <= 0 || size / Math.max(1, csize) > limits.maxRatio())) {
          throw new UnreadableFileException(
              input.path() + "：活頁簿的組成部分 " + e.getName() + " 解壓為 " + size + " 位元組，倍數超過 " + limits.maxRatio()
                  + "（max-ratio），疑似壓縮炸彈",
              input.path() + ": the workbook part " + e.getName() + " expands " + size + " bytes at a ratio above "
                  + limits.maxRatio() + " (max-ratio), a possible zip bomb");
        }
        total += Math.max(0, size);
        if (total > limits.maxTotalBytes()) {
          throw new UnreadableFileException(
              input.path() + "：活頁簿各部分解壓後超過 " + limits.maxTotalBytes() + " 位元組（max-total-bytes）",
              input.path() + ": the workbook's parts expand beyond " + limits.maxTotalBytes() + " bytes (max-total-bytes)");
        }
      }
    } catch (ZipException e) {
      throw notReadable(input, e.getMessage(), e);
    }
  }

  private static String readSpooled(EvidenceInput input, Path xlsx, String sheetName, RowHandler handler) throws IOException {
    try (ReadableWorkbook wb = openWorkbook(input, xlsx)) {
      Sheet sheet;
      if (sheetName == null || sheetName.isBlank()) {
        sheet = wb.getFirstSheet();
      } else {
        sheet =
            wb.findSheet(sheetName.strip())
                .orElseThrow(
                    () ->
                        new UnreadableFileException(
                            input.path() + "：沒有名為 '" + sheetName + "' 的工作表；活頁簿中的工作表為 "
                                + wb.getSheets().map(Sheet::getName).collect(Collectors.joining("、")),
                            input.path() + ": no sheet named '" + sheetName + "'; the workbook has "
                                + wb.getSheets().map(Sheet::getName).collect(Collectors.joining(", "))));
      }
      handler.sheet(sheet.getName());
      try (Stream<Row> rows = sheet.openStream()) {
        Iterator<Row> it = rows.iterator();
        while (true) {
          Row row;
          try {
            if (!it.hasNext()) break;
            row = it.next();
          } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
          } catch (Exception e) {
            // fastexcel reports a damaged sheet with unchecked (and sneakily thrown XML) exceptions.
            throw new UnreadableFileException(
                input.path() + "：活頁簿已損毀，無法繼續讀取", input.path() + ": the workbook cannot be read further: " + e, e);
          }
          List<String> cells = new ArrayList<>(row.getCellCount());
          Set<Integer> numeric = new HashSet<>();
          for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(cellText(row.getCell(i), i, numeric));
          }
          handler.row(row.getRowNum(), cells, numeric);
        }
      }
      return sheet.getName();
    } catch (ExcelReaderException e) {
      throw notReadable(input, e.getMessage(), e);
    }
  }

  private static ReadableWorkbook openWorkbook(EvidenceInput input, Path xlsx) throws IOException {
    try {
      return new ReadableWorkbook(xlsx.toFile());
    } catch (IOException e) {
      throw notReadable(input, e.getMessage(), e);
    } catch (Exception e) {
      throw notReadable(input, e.toString(), e);
    }
  }

  private static IOException notReadable(EvidenceInput input, String why, Exception cause) {
    return new UnreadableFileException(
        input.path() + "：不是可讀取的 XLSX 活頁簿", input.path() + ": not a readable XLSX workbook: " + why, cause);
  }

  private static String cellText(Cell c, int index, Set<Integer> numeric) {
    if (c == null) return "";
    switch (c.getType()) {
      case NUMBER -> {
        numeric.add(index);
        return plainNumber(c.getRawValue());
      }
      case BOOLEAN -> {
        Boolean b = c.asBoolean();
        return b == null ? "" : b ? "TRUE" : "FALSE";
      }
      case STRING -> {
        return c.getText() == null ? "" : c.getText().strip();
      }
      case FORMULA -> {
        String raw = c.getRawValue() == null ? "" : c.getRawValue().strip();
        if (raw.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
          numeric.add(index);
          return plainNumber(raw);
        }
        return raw;
      }
      case EMPTY -> {
        return "";
      }
      default -> {
        return c.getRawValue() == null ? "" : c.getRawValue().strip();
      }
    }
  }

  private static String plainNumber(String raw) {
    if (raw == null || raw.isBlank()) return "";
    try {
      BigDecimal d = new BigDecimal(raw.strip()).stripTrailingZeros();
      return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    } catch (NumberFormatException e) {
      return raw.strip();
    }
  }
}
