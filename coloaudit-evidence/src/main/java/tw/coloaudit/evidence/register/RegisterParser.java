package tw.coloaudit.evidence.register;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;

/**
 * Reads any register kind from CSV ({@code format: csv}) or XLSX ({@code format: xlsx}): matches
 * the header to the kind's columns, checks required cells, and maps each row to typed records
 * through the kind's {@link RowMapper}; rows of kinds without a mapper are counted as skipped.
 */
public final class RegisterParser implements EvidenceParser {

  public static final String CSV = "csv";
  public static final String XLSX = "xlsx";

  /** The warning for a file with no header row (shared with the Windows account export). */
  static final Localized NO_HEADER = Localized.of("檔案沒有標頭列：沒有可讀取的內容", "the file has no header row: nothing to read");

  private final String format;
  private final Map<String, RowMapper> mappers;

  private RegisterParser(String format, Map<String, RowMapper> mappers) {
    this.format = format;
    this.mappers = Map.copyOf(mappers);
  }

  /** The CSV register parser with the default mappers. */
  public static RegisterParser csv() {
    return new RegisterParser(CSV, RegisterMappers.DEFAULT);
  }

  /** The XLSX register parser with the default mappers. */
  public static RegisterParser xlsx() {
    return new RegisterParser(XLSX, RegisterMappers.DEFAULT);
  }

  /** A copy that maps {@code kind} with {@code mapper} (replacing any mapper it had). */
  public RegisterParser withMapper(String kind, RowMapper mapper) {
    if (RegisterColumns.of(kind).isEmpty()) throw new IllegalArgumentException("not a register kind: " + kind);
    Map<String, RowMapper> m = new HashMap<>(mappers);
    m.put(kind, Objects.requireNonNull(mapper));
    return new RegisterParser(format, m);
  }

  /** A copy that maps no rows of {@code kind}: they are counted as skipped (a kind read by no control). */
  public RegisterParser withoutMapper(String kind) {
    Map<String, RowMapper> m = new HashMap<>(mappers);
    m.remove(kind);
    return new RegisterParser(format, m);
  }

  /** Whether rows of this kind become records (else they are counted as skipped). */
  public boolean maps(String kind) {
    return mappers.containsKey(kind);
  }

  @Override
  public String format() {
    return format;
  }

  @Override
  public Set<String> kinds() {
    return RegisterColumns.kinds();
  }

  @Override
  public boolean probe(Sample sample) {
    String name = sample.fileName().toLowerCase(Locale.ROOT);
    if (format.equals(XLSX)) {
      return sample.isZipLike() && (name.endsWith(".xlsx") || name.endsWith(".xlsm"));
    }
    if (sample.isZipLike()) return false;
    String header = firstHeaderLine(sample.lines());
    if (header == null) return false;
    if (WindowsAccountCsvParser.looksLikeExport(header)) return false;
    boolean delimited = header.indexOf(',') >= 0 || header.indexOf(';') >= 0 || header.indexOf('\t') >= 0;
    return name.endsWith(".csv") || name.endsWith(".tsv") || (name.endsWith(".txt") && delimited);
  }

  static String firstHeaderLine(List<String> lines) {
    for (String l : lines) {
      String s = l.strip();
      if (s.isEmpty() || RegisterTables.isTypeLine(s)) continue;
      return s;
    }
    return null;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    String kind = input.entry() == null ? null : input.entry().kind();
    if (RegisterColumns.of(kind).isEmpty()) {
      throw new tw.coloaudit.evidence.spi.UnreadableFileException(
          input.path() + "：證據種類 " + kind + " 沒有可讀為 " + format + " 的登記表格式",
          input.path() + ": kind " + kind + " has no register form to read as " + format);
    }
    Reading reading = new Reading(kind, ctx, mappers.get(kind));
    if (format.equals(XLSX)) {
      RegisterTables.readXlsx(input, input.entry().sheet(), ctx.limits(), reading);
    } else {
      RegisterTables.readCsv(input, ctx.limits(), reading);
    }
    reading.finish();
  }

  /** The state of reading one file: header, then rows. */
  private static final class Reading implements RegisterTables.RowHandler {
    private final String kind;
    private final ParseContext ctx;
    private final RowMapper mapper;
    private final List<RegisterColumns.Column> columns;
    private final boolean carriesSystem;
    private String sheet;
    private RegisterColumns.Column[] byIndex;
    private Localized missing;

    Reading(String kind, ParseContext ctx, RowMapper mapper) {
      this.kind = kind;
      this.ctx = ctx;
      this.mapper = mapper;
      this.columns = RegisterColumns.of(kind);
      this.carriesSystem = columns.stream().anyMatch(c -> c.name().equals("system"));
    }

    @Override
    public void sheet(String name) {
      this.sheet = name;
    }

    @Override
    public void overlong(int line, int limit) {
      ctx.rejected(
          line, "此列有一行超過長度上限 " + limit + " 個字元", "the row holds a line longer than the limit of " + limit + " characters");
    }

    @Override
    public void row(int line, List<String> cells, Set<Integer> numeric) {
      if (blank(cells)) return;
      int maxFields = ctx.limits().maxFields();
      if (cells.size() > maxFields) {
        int filled = 0;
        for (String c : cells) {
          if (c != null && !c.isEmpty()) filled++;
        }
        // Spreadsheets pad rows with empty cells; only cells that hold something count.
        if (filled > maxFields) {
          ctx.rejected(
              line,
              "此列有 " + filled + " 個儲存格有內容，超過上限 " + maxFields + " 個",
              "the row has " + filled + " cells, more than the limit of " + maxFields);
          return;
        }
      }
      if (byIndex == null) {
        if (RegisterTables.isTypeLine(cells.get(0))) return;
        header(line, cells);
        return;
      }
      if (mapper == null) {
        ctx.skipped(line);
        return;
      }
      if (missing != null) {
        ctx.rejected(line, missing);
        return;
      }
      Map<String, String> values = new LinkedHashMap<>();
      java.util.Set<String> numericColumns = new java.util.HashSet<>();
      for (int i = 0; i < Math.min(cells.size(), byIndex.length); i++) {
        RegisterColumns.Column c = byIndex[i];
        if (c == null) continue;
        values.put(c.name(), cells.get(i) == null ? "" : cells.get(i).strip());
        if (numeric.contains(i)) numericColumns.add(c.name());
      }
      for (RegisterColumns.Column c : columns) {
        if (!c.required() || (carriesSystem && c.name().equals("system"))) continue;
        String v = values.get(c.name());
        if (v == null || v.isEmpty()) {
          ctx.rejected(line, "欄位 " + c.label() + " 空白", "column " + c.label() + " is blank");
          return;
        }
      }
      String system = null;
      if (carriesSystem) {
        String own = values.get("system");
        own = own == null || own.isEmpty() ? null : own;
        String entry = ctx.system();
        if (entry != null) {
          system = entry;
          if (own != null && !own.equalsIgnoreCase(entry)) {
            ctx.warn(
                line,
                "此列的系統為 '" + own + "'，但清單項目指定 '" + entry + "'；以 '" + entry + "' 為準",
                "the row names system '" + own + "' but the manifest entry names '" + entry + "'; '" + entry + "' is used");
          }
        } else if (own == null) {
          ctx.rejected(
              line,
              "缺少系統：欄位 system (系統) 空白，清單項目也未指定系統",
              "no system: column system (系統) is blank and the manifest entry names none");
          return;
        } else {
          system = own;
        }
      }
      Provenance source = sheet != null ? ctx.row(sheet, line) : ctx.line(line);
      RegisterRow row = new RegisterRow(kind, line, source, values, numericColumns, system, ctx.zone());
      List<Object> records;
      try {
        records = mapper.map(row);
      } catch (ValueException e) {
        ctx.rejected(line, e.reason());
        return;
      }
      if (records.isEmpty()) {
        ctx.skipped(line);
        return;
      }
      records.forEach(ctx::emit);
      ctx.used(line);
    }

    private void header(int line, List<String> cells) {
      byIndex = new RegisterColumns.Column[cells.size()];
      Map<String, Integer> seen = new HashMap<>();
      List<String> unknown = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        String h = cells.get(i) == null ? "" : cells.get(i).strip();
        if (h.isEmpty()) continue;
        RegisterColumns.Column c = RegisterColumns.match(kind, h).orElse(null);
        if (c == null) {
          unknown.add(h);
        } else if (seen.containsKey(c.name())) {
          ctx.warn(
              line,
              "標頭 '" + h + "' 再次對應到欄位 " + c.label() + "；以第一個為準",
              "header '" + h + "' names column " + c.label() + " again; the first one is used");
        } else {
          seen.put(c.name(), i);
          byIndex[i] = c;
        }
      }
      if (!unknown.isEmpty()) {
        ctx.warn(
            line,
            "證據種類 " + kind + " 不使用的欄位：" + String.join("、", unknown),
            "columns not used for " + kind + ": " + String.join(", ", unknown));
      }
      if (mapper == null) {
        ctx.warn(
            line,
            "證據種類 " + kind + " 目前尚未使用：其各列計為已略過",
            "kind " + kind + " is not used yet: its rows are counted as skipped");
        return;
      }
      List<String> absent =
          columns.stream()
              .filter(RegisterColumns.Column::required)
              .filter(c -> !seen.containsKey(c.name()))
              .filter(c -> !(c.name().equals("system") && ctx.system() != null))
              .map(RegisterColumns.Column::label)
              .collect(Collectors.toList());
      if (!absent.isEmpty()) {
        missing =
            Localized.of(
                "標頭（第 " + line + " 行）缺少欄位 " + String.join("、", absent),
                "the header (line " + line + ") has no column " + String.join(", ", absent));
      }
    }

    void finish() {
      if (byIndex == null) ctx.warn(0, NO_HEADER);
    }

    private static boolean blank(List<String> cells) {
      for (String c : cells) {
        if (c != null && !c.isBlank()) return false;
      }
      return true;
    }
  }
}
