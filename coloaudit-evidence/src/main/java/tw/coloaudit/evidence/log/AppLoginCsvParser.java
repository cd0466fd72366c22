package tw.coloaudit.evidence.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.evidence.register.ValueException;
import tw.coloaudit.evidence.register.Values;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.log.LoginRecord;

/**
 * Reads an application's login log exported as CSV: {@code system, user, time, source} (English
 * or Chinese headers, in any order), optionally {@code result} (success/failure, 成功/失敗; a login
 * when absent). Every row is a login record; blank cells are kept as missing fields.
 */
public final class AppLoginCsvParser implements EvidenceParser {

  public static final String FORMAT = "login-csv";

  private static final Map<String, String> HEADERS = new HashMap<>();

  static {
    for (String h : new String[] {"system", "系統", "host", "主機"}) HEADERS.put(h, "system");
    for (String h : new String[] {"user", "使用者", "帳號", "account", "userid", "username", "login"}) HEADERS.put(h, "user");
    for (String h : new String[] {"time", "時間", "登入時間", "logintime", "timestamp", "datetime"}) HEADERS.put(h, "time");
    for (String h : new String[] {"source", "來源", "sourceip", "來源ip", "ip", "clientip", "workstation"}) HEADERS.put(h, "source");
    for (String h : new String[] {"result", "結果", "status", "success", "登入結果"}) HEADERS.put(h, "result");
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(LogParsers.KIND);
  }

  @Override
  public boolean probe(Sample sample) {
    if (sample.isZipLike()) return false;
    String header = sample.firstContentLine();
    if (header.isEmpty() || header.indexOf(',') < 0) return false;
    Map<String, Integer> cols = columns(split(header));
    return cols.containsKey("user") && cols.containsKey("time");
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    try (BufferedReader r = input.openText()) {
      String line;
      int n = 0;
      Map<String, Integer> cols = null;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        if (cols == null) {
          if (line.startsWith("#")) {
            ctx.skipped(n);
            continue;
          }
          cols = columns(split(line));
          if (!cols.containsKey("user") || !cols.containsKey("time")) {
            ctx.rejected(n, "標頭缺少使用者（user）與時間（time）欄位", "header has no user and time columns");
            return;
          }
          ctx.skipped(n);
          continue;
        }
        List<String> cells = split(line);
        String system = ctx.system() != null ? ctx.system() : cell(cells, cols.get("system"));
        Instant time;
        try {
          time = Values.timestamp(cell(cells, cols.get("time")), ctx.zone());
        } catch (ValueException e) {
          ctx.rejected(n, "欄位 time (時間)：" + e.reason().zh(), "column time (時間): " + e.reason().en());
          continue;
        }
        boolean success = true;
        String result = cell(cells, cols.get("result"));
        if (result != null) {
          Boolean ok = result(result);
          if (ok == null) {
            ctx.rejected(
                n,
                "欄位 result (結果)：無法將 '" + result + "' 讀為成功或失敗",
                "column result (結果): cannot read '" + result + "' as success or failure");
            continue;
          }
          success = ok;
        }
        ctx.emit(new LoginRecord(system, cell(cells, cols.get("user")), time, cell(cells, cols.get("source")), success, null, "app",
            ctx.line(n)));
        ctx.used(n);
      }
    }
  }

  private static Boolean result(String t) {
    return switch (t.strip().toLowerCase(Locale.ROOT)) {
      case "success", "succeeded", "ok", "y", "yes", "true", "1", "成功", "登入成功" -> true;
      case "failure", "failed", "fail", "n", "no", "false", "0", "失敗", "登入失敗" -> false;
      default -> null;
    };
  }

  private static Map<String, Integer> columns(List<String> header) {
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String key = header.get(i).strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
      if (i == 0 && !key.isEmpty() && key.charAt(0) == '\uFEFF') key = key.substring(1);
      String canonical = HEADERS.get(key);
      if (canonical != null) cols.putIfAbsent(canonical, i);
    }
    return cols;
  }

  private static String cell(List<String> cells, Integer i) {
    if (i == null || i >= cells.size()) return null;
    String v = cells.get(i).strip();
    return v.isEmpty() || v.equals("-") ? null : v;
  }

  /** Splits one CSV line, honouring double quotes (a login log has no multi-line cells). */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
