package tw.coloaudit.evidence.orders;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tw.coloaudit.evidence.register.RegisterColumns;
import tw.coloaudit.evidence.register.ValueException;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.evidence.text.ByteLineSplitter;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.orders.OrderRow;
import tw.coloaudit.model.orders.ReceiptRow;

/**
 * The broker's receipt records ({@code client-orders}) as CSV, read straight from bytes because
 * receipts run to ten million rows a month: headers in English or Chinese as the register table
 * names them, quoted cells, UTF-8 or Big5 (UTF-16 is re-encoded first). A header without a
 * required column rejects every row with that reason; a row without a date in its receipt time is
 * rejected; a blank receipt time is kept (ORD-FIELDS reports it, a child takes its parent's).
 * Each receipt is emitted as a {@link ReceiptRow} over the line's bytes, refilled for every line,
 * which the order reduction folds without building a {@code ClientOrder}.
 */
public final class ClientOrderCsvParser implements EvidenceParser {

  static final String KIND = "client-orders";
  private static final String[] COLUMNS = {
    "client_order_id", "order_no", "parent_id", "account", "name", "received_at", "symbol", "side", "qty", "price",
    "price_type", "tif", "channel", "gateway", "source_ip", "desk"
  };
  private static final int ID = 0, RECEIVED = 5;
  private static final long COMMAS = WordScan.pattern((byte) ',');
  private static final long QUOTES = WordScan.pattern((byte) '"');
  private static final Localized BAD_QUOTE = Localized.of("引號未閉合或位置不正確", "unterminated or misplaced quote");
  private static final Localized NO_ID = Localized.of("缺少 client_order_id（委託序號）", "no client_order_id (委託序號)");
  /** The {@link ReceiptRow} cell of each column of {@link #COLUMNS} (all but received_at). */
  private static final int[] CELL = {
    ReceiptRow.CLIENT_ORDER_ID, ReceiptRow.ORDER_NO, ReceiptRow.PARENT_ID, ReceiptRow.ACCOUNT, ReceiptRow.NAME, -1,
    ReceiptRow.SYMBOL, ReceiptRow.SIDE, ReceiptRow.QTY, ReceiptRow.PRICE, ReceiptRow.PRICE_TYPE, ReceiptRow.TIF,
    ReceiptRow.CHANNEL, ReceiptRow.GATEWAY, ReceiptRow.SOURCE_IP, ReceiptRow.DESK
  };

  @Override
  public String format() {
    return "orders-csv";
  }

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public boolean probe(Sample sample) {
    if (sample.isZipLike()) return false;
    String header = sample.firstContentLine();
    if (header == null || header.startsWith("#TYPE")) return false;
    int[] map = map(split(header));
    return map[ID] >= 0 && map[RECEIVED] >= 0;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    Charset cs = input.charset();
    boolean asciiCompatible = (cs.equals(StandardCharsets.UTF_8) || cs.name().toLowerCase(Locale.ROOT).contains("big5")
        || cs.name().toLowerCase(Locale.ROOT).contains("950") || cs.equals(StandardCharsets.US_ASCII))
        && OrderRow.asciiCompatible(cs);
    try (InputStream in = asciiCompatible ? input.openBytes() : reencode(input)) {
      read(in, asciiCompatible ? cs : StandardCharsets.UTF_8, input.path(), ctx);
    }
  }

  /** UTF-16 and other encodings: decoded by the pack, re-encoded as UTF-8 for the byte reader. */
  private static InputStream reencode(EvidenceInput input) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (BufferedReader r = input.openText()) {
      String l;
      while ((l = r.readLine()) != null) sb.append(l).append('\n');
    }
    return new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void read(InputStream in, Charset cs, String path, ParseContext ctx) throws IOException {
    // A UTF-8 byte-order mark before the header is not part of it.
    ByteLineSplitter lines = new ByteLineSplitter(in, OrderParsers.MAX_LINE, true);
    OrderTimes times = new OrderTimes(ctx.zone(), cs);
    int[] map = null;
    Localized missingColumns = null;
    Rows rows = null;
    // One row for the whole file, refilled per line; the file as the context names it in provenance.
    ReceiptRow receipt = new ReceiptRow(ctx.line(0).file(), cs);
    while (lines.next()) {
      int n = lines.number();
      if (lines.cut()) {
        ctx.rejected(n, OrderParsers.TOO_LONG);
        continue;
      }
      if (lines.blank()) continue;
      if (map == null) {
        String header = new String(lines.buf(), lines.start(), lines.end() - lines.start(), cs);
        if (header.startsWith("#TYPE")) {
          ctx.skipped(n);
          continue;
        }
        map = map(split(header));
        List<String> absent = new ArrayList<>();
        List<String> absentZh = new ArrayList<>();
        for (String req : List.of("client_order_id", "account", "received_at")) {
          if (map[Arrays.asList(COLUMNS).indexOf(req)] < 0) {
            RegisterColumns.Column column = RegisterColumns.column(KIND, req).orElseThrow();
            absent.add(column.label());
            absentZh.add(column.name() + "（" + column.chinese() + "）");
          }
        }
        if (!absent.isEmpty()) {
          // One reason for the header and every row after it.
          missingColumns = Localized.of("標頭（第 " + n + " 行）缺少欄位 " + String.join("、", absentZh),
              "the header (line " + n + ") has no column " + String.join(", ", absent));
          ctx.rejected(n, missingColumns);
        } else {
          ctx.skipped(n);
          rows = new Rows(map, times, receipt, ctx);
        }
        continue;
      }
      if (missingColumns != null) {
        ctx.rejected(n, missingColumns);
        continue;
      }
      rows.row(lines.buf(), lines.start(), lines.end(), n);
    }
  }

  /**
   * The rows after the header, one call per row: the file loop stays small, and the row's code is
   * compiled on its own. Holds what the rows share: the column map and the cell arrays, grown as
   * needed.
   */
  private static final class Rows {
    private final int[] map;
    private final OrderTimes times;
    private final ReceiptRow receipt;
    private final ParseContext ctx;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private byte[] scratch = new byte[256];

    Rows(int[] map, OrderTimes times, ReceiptRow receipt, ParseContext ctx) {
      this.map = map;
      this.times = times;
      this.receipt = receipt;
      this.ctx = ctx;
    }

    void row(byte[] b, int from, int end, int n) {
      int[] starts = this.starts;
      int[] ends = this.ends;
      // Split the row into cells: at once when it holds no quote, else cell by cell (quoted cells
      // unquoted into the scratch buffer).
      byte[] row = b;
      boolean bad = false;
      int cells = splitPlain(b, from, end, starts, ends);
      if (cells < 0) {
        cells = 0;
        int i = from;
        while (true) {
          if (cells == starts.length) {
            starts = this.starts = Arrays.copyOf(starts, cells * 2);
            ends = this.ends = Arrays.copyOf(ends, cells * 2);
          }
          if (i < end && b[i] == '"') {
            // Quoted cell: copy into scratch with doubled quotes folded.
            if (row == b) {
              if (scratch.length < end - from) scratch = new byte[(end - from) * 2];
              System.arraycopy(b, from, scratch, 0, end - from);
              row = scratch;
              for (int c = 0; c < cells; c++) {
                starts[c] -= from;
                ends[c] -= from;
              }
            }
            int w = i - from;
            int s = w;
            i++;
            boolean closed = false;
            while (i < end) {
              if (b[i] == '"') {
                if (i + 1 < end && b[i + 1] == '"') {
                  scratch[w++] = '"';
                  i += 2;
                  continue;
                }
                closed = true;
                i++;
                break;
              }
              scratch[w++] = b[i++];
            }
            if (!closed) {
              bad = true;
              break;
            }
            starts[cells] = s;
            ends[cells] = w;
            cells++;
            if (i < end && b[i] != ',') {
              bad = true;
              break;
            }
          } else {
            int s = i;
            while (i < end && b[i] != ',') i++;
            starts[cells] = row == b ? s : s - from;
            ends[cells] = row == b ? i : i - from;
            if (row != b) System.arraycopy(b, s, scratch, s - from, i - s);
            cells++;
          }
          if (i >= end) break;
          i++; // the comma
          if (i == end) {
            if (cells == starts.length) {
              starts = this.starts = Arrays.copyOf(starts, cells * 2);
              ends = this.ends = Arrays.copyOf(ends, cells * 2);
            }
            starts[cells] = row == b ? i : i - from;
            ends[cells] = starts[cells];
            cells++;
            break;
          }
        }
      }
      if (bad) {
        ctx.rejected(n, BAD_QUOTE);
        return;
      }
      int id = map[ID];
      if (id >= cells || spacesOnly(row, starts[id], ends[id])) {
        ctx.rejected(n, NO_ID);
        return;
      }
      long nanos = Long.MIN_VALUE;
      int rc = map[RECEIVED];
      if (rc < cells) {
        int s = starts[rc], e = ends[rc];
        while (s < e && row[s] == ' ') s++;
        while (e > s && row[e - 1] == ' ') e--;
        if (e > s) {
          try {
            nanos = times.receipt(row, s, e);
          } catch (ValueException ex) {
            ctx.rejected(n, "received_at（委託時間）：" + ex.reason().zh(), "received_at (委託時間): " + ex.reason().en());
            return;
          }
        }
      }
      // The cells, trimmed of spaces and tabs, straight into the row: no string per cell.
      receipt.reset(row, n, nanos);
      for (int c = 0; c < COLUMNS.length; c++) {
        int col = map[c];
        if (col < 0 || col >= cells || c == RECEIVED) continue;
        int s = starts[col], e = ends[col];
        while (s < e && (row[s] == ' ' || row[s] == '\t')) s++;
        while (e > s && (row[e - 1] == ' ' || row[e - 1] == '\t')) e--;
        receipt.cell(CELL[c], s, e);
      }
      ctx.emit(receipt);
      ctx.used(n);
    }
  }

  /** Whether {@code b[from, to)} holds only spaces and tabs (an empty cell once trimmed). */
  private static boolean spacesOnly(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] != ' ' && b[i] != '\t') return false;
    return true;
  }

  /**
   * Splits a line without quotes at its commas, eight bytes at a time: the cells' bounds into
   * {@code starts} and {@code ends}, and their count; -1 when the line holds a quote or more cells
   * than the arrays, for the cell-by-cell reading.
   */
  static int splitPlain(byte[] b, int from, int end, int[] starts, int[] ends) {
    int cells = 0;
    starts[0] = from;
    int i = from;
    // Whole words inside the line, then at most one word masked to the line's last bytes, then
    // (only where the array ends within a word of the line's end) single bytes. One bound per loop:
    // the compiler then proves the word reads in range once for the loop, instead of guessing and
    // recompiling when a guess fails.
    for (int last = end - 8; i <= last; i += 8) {
      cells = word(b, i, -1L, cells, starts, ends);
      if (cells < 0) return -1;
    }
    if (i < end && i <= b.length - 8) {
      cells = word(b, i, (1L << ((end - i) << 3)) - 1, cells, starts, ends);
      if (cells < 0) return -1;
      i = end;
    }
    for (; i < end; i++) {
      if (b[i] == '"') return -1;
      if (b[i] == ',') {
        ends[cells++] = i;
        if (cells == starts.length) return -1;
        starts[cells] = i + 1;
      }
    }
    ends[cells++] = end;
    return cells;
  }

  /**
   * The cells that end in the word at {@code i}, its bytes outside {@code valid} ignored: the count
   * of cells so far, or -1 on a quote or on more cells than the arrays hold.
   */
  private static int word(byte[] b, int i, long valid, int cells, int[] starts, int[] ends) {
    long w = WordScan.word(b, i);
    if ((WordScan.matches(w, QUOTES) & valid) != 0) return -1;
    long commas = WordScan.matches(w, COMMAS) & valid;
    while (commas != 0) {
      int at = i + WordScan.first(commas);
      ends[cells++] = at;
      if (cells == starts.length) return -1;
      starts[cells] = at + 1;
      commas &= commas - 1;
    }
    return cells;
  }

  /** Header cells to column positions, in the order of {@link #COLUMNS}; -1 when absent. */
  private static int[] map(List<String> header) {
    int[] map = new int[COLUMNS.length];
    Arrays.fill(map, -1);
    for (int i = 0; i < header.size(); i++) {
      var col = RegisterColumns.match(KIND, header.get(i));
      if (col.isEmpty()) continue;
      int at = Arrays.asList(COLUMNS).indexOf(col.get().name());
      if (at >= 0 && map[at] < 0) map[at] = i;
    }
    return map;
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (q) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          q = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        q = true;
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
