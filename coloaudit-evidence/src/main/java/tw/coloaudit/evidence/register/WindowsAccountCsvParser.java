package tw.coloaudit.evidence.register;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.account.AccountRecord;

/**
 * Reads Windows account exports as PowerShell writes them ({@code Get-LocalUser | Export-Csv},
 * {@code Get-ADUser -Properties * | Export-Csv}, with or without the {@code #TYPE} line) into
 * {@link AccountRecord}s of the system the manifest entry names.
 */
public final class WindowsAccountCsvParser implements EvidenceParser {

  public static final String FORMAT = "windows-accounts";

  /** The format name the records carry. */
  public static final String RECORD_FORMAT = "windows";

  /** Groups whose members hold full administrative rights (compared ignoring case). */
  public static final Set<String> PRIVILEGED_GROUPS =
      Set.of("administrators", "domain admins", "enterprise admins", "schema admins", "sysadmin", "系統管理員");

  /** What Export-Csv writes for a multi-valued AD property it cannot flatten. */
  private static final String COLLECTION_TYPE = "microsoft.activedirectory.management.adpropertyvaluecollection";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Set<String> kinds() {
    return Set.of("accounts");
  }

  @Override
  public boolean probe(Sample sample) {
    if (sample.isZipLike()) return false;
    String header = RegisterParser.firstHeaderLine(sample.lines());
    return header != null && looksLikeExport(header);
  }

  /**
   * Whether a CSV header line is a Windows account export: {@code SamAccountName}, or {@code Name}
   * and {@code Enabled}, and no register {@code system} or {@code account} column.
   */
  public static boolean looksLikeExport(String headerLine) {
    List<String> cells;
    try {
      cells = splitHeader(headerLine);
    } catch (RuntimeException e) {
      return false;
    }
    Set<String> names = new java.util.HashSet<>();
    for (String c : cells) names.add(RegisterColumns.normalize(c));
    if (names.contains("system") || names.contains("account") || names.contains("系統") || names.contains("帳號")) {
      return false;
    }
    return names.contains("samaccountname") || (names.contains("name") && names.contains("enabled"));
  }

  private static List<String> splitHeader(String line) {
    char sep = ',';
    if (line.indexOf(',') < 0) sep = line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 ? ';' : ',';
    return CsvReader.builder().fieldSeparator(sep).allowExtraCharsAfterClosingQuote(true).ofSingleCsvRecord(line).getFields();
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    Reading r = new Reading(ctx);
    RegisterTables.readCsv(input, ctx.limits(), r);
    if (r.header == null) ctx.warn(0, RegisterParser.NO_HEADER);
  }

  private static final class Reading implements RegisterTables.RowHandler {
    private final ParseContext ctx;
    private final ZoneId zone;
    private Map<String, Integer> header;
    private boolean collectionWarned;

    Reading(ParseContext ctx) {
      this.ctx = ctx;
      this.zone = ctx.zone();
    }

    @Override
    public void overlong(int line, int limit) {
      ctx.rejected(
          line, "此列有一行超過長度上限 " + limit + " 個字元", "the row holds a line longer than the limit of " + limit + " characters");
    }

    @Override
    public void row(int line, List<String> cells, Set<Integer> numeric) {
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) return;
      if (cells.size() > ctx.limits().maxFields()) {
        ctx.rejected(
            line,
            "此列有 " + cells.size() + " 個欄位，超過上限 " + ctx.limits().maxFields() + " 個",
            "the row has " + cells.size() + " fields, more than the limit of " + ctx.limits().maxFields());
        return;
      }
      if (header == null) {
        if (RegisterTables.isTypeLine(cells.get(0))) return;
        header = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) header.putIfAbsent(RegisterColumns.normalize(cells.get(i)), i);
        if (!header.containsKey("samaccountname") && !header.containsKey("name")) {
          ctx.warn(
              line,
              "標頭既沒有 SamAccountName 也沒有 Name：每一列都無法讀取",
              "the header has neither SamAccountName nor Name: every row is rejected");
        }
        return;
      }
      String system = ctx.system();
      if (system == null) {
        ctx.rejected(
            line,
            "缺少系統：Windows 帳號匯出檔須由清單項目指定其系統",
            "no system: a Windows account export needs the manifest entry to name its system");
        return;
      }
      String account = cell(cells, "samaccountname");
      String accountColumn = "SamAccountName";
      if (account == null) {
        account = cell(cells, "name");
        accountColumn = header.containsKey("samaccountname") ? "SamAccountName" : "Name";
      }
      if (account == null) {
        ctx.rejected(
            line, "欄位 " + accountColumn + " 空白：沒有帳號名稱", "column " + accountColumn + " is blank: no account name");
        return;
      }
      try {
        Boolean enabled = read(cells, "Enabled", Values::yesNo);
        LocalDate pwdChanged = read(cells, "PasswordLastSet", t -> timeOrFileTimeDate(t));
        if (pwdChanged == null && cell(cells, "pwdlastset") != null) {
          pwdChanged = read(cells, "pwdLastSet", t -> toDate(Values.fileTime(t)));
        }
        Instant lastLogon = latest(
            read(cells, "LastLogonDate", this::timeOrFileTime),
            read(cells, "LastLogon", this::timeOrFileTime),
            read(cells, "LastLogonTimestamp", this::timeOrFileTime));
        LocalDate created = read(cells, "whenCreated", t -> timeOrFileTimeDate(t));
        if (created == null) created = read(cells, "Created", t -> timeOrFileTimeDate(t));
        List<String> groups = groups(line, cells);
        Boolean privileged = null;
        for (String g : groups) {
          if (PRIVILEGED_GROUPS.contains(g.toLowerCase(Locale.ROOT))) privileged = Boolean.TRUE;
        }
        ctx.emit(
            new AccountRecord(
                system, account, null, null, privileged, groups, enabled, created, pwdChanged, lastLogon, null,
                RECORD_FORMAT, ctx.line(line)));
        ctx.used(line);
      } catch (ValueException e) {
        ctx.rejected(line, e.reason());
      }
    }

    private String cell(List<String> cells, String normalized) {
      Integer i = header.get(normalized);
      if (i == null || i >= cells.size() || cells.get(i) == null) return null;
      String v = cells.get(i).strip();
      return v.isEmpty() ? null : v;
    }

    private <T> T read(List<String> cells, String column, RegisterRow.Reader<T> reader) throws ValueException {
      String t = cell(cells, RegisterColumns.normalize(column));
      if (t == null) return null;
      try {
        return reader.read(t);
      } catch (ValueException e) {
        throw new ValueException("欄位 " + column + "：" + e.reason().zh(), "column " + column + ": " + e.reason().en());
      }
    }

    private Instant timeOrFileTime(String t) throws ValueException {
      if (Values.looksLikeFileTime(t)) return Values.fileTime(t);
      return Values.timestamp(t, zone);
    }

    private LocalDate timeOrFileTimeDate(String t) throws ValueException {
      return toDate(timeOrFileTime(t));
    }

    private LocalDate toDate(Instant i) {
      return i == null ? null : i.atZone(zone).toLocalDate();
    }

    private static Instant latest(Instant... xs) {
      Instant best = null;
      for (Instant x : xs) {
        if (x != null && (best == null || x.isAfter(best))) best = x;
      }
      return best;
    }

    private List<String> groups(int line, List<String> cells) {
      String raw = cell(cells, "memberof");
      if (raw == null) raw = cell(cells, "groups");
      List<String> out = new ArrayList<>();
      if (raw == null) return out;
      if (raw.toLowerCase(Locale.ROOT).startsWith(COLLECTION_TYPE)) {
        if (!collectionWarned) {
          ctx.warn(
              line,
              "MemberOf 存放的是型別名稱 " + raw + " 而非群組：請合併為一個字串再匯出"
                  + "（例如 @{n='MemberOf';e={$_.MemberOf -join ';'}}）；群組成員不明",
              "MemberOf holds the type name " + raw + " instead of the groups: export it joined"
                  + " (e.g. @{n='MemberOf';e={$_.MemberOf -join ';'}}); group membership is unknown");
          collectionWarned = true;
        }
        return out;
      }
      if (raw.toUpperCase(Locale.ROOT).contains("CN=")) {
        for (String dn : raw.split(";")) {
          String cn = firstCn(dn.strip());
          if (cn != null && !cn.isEmpty()) out.add(cn);
        }
      } else {
        for (String g : raw.split("[;,]")) {
          if (!g.isBlank()) out.add(g.strip());
        }
      }
      return out;
    }

    /** The value of the first {@code CN=} of a distinguished name, with {@code \,} escapes undone. */
    static String firstCn(String dn) {
      int at = dn.toUpperCase(Locale.ROOT).indexOf("CN=");
      if (at < 0) return dn.isEmpty() ? null : dn;
      StringBuilder sb = new StringBuilder();
      for (int i = at + 3; i < dn.length(); i++) {
        char c = dn.charAt(i);
        if (c == '\\' && i + 1 < dn.length()) {
          sb.append(dn.charAt(++i));
        } else if (c == ',') {
          break;
        } else {
          sb.append(c);
        }
      }
      return sb.toString().strip();
    }
  }
}
