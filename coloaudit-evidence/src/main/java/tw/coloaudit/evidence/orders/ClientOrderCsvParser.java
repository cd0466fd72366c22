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
import tw.coloaudit.model.orders.ClientOrder;

/**
 * The broker's receipt records ({@code client-orders}) as CSV, read straight from bytes because
 * receipts run to ten million rows a month: headers in English or Chinese as the register table
 * names them, quoted cells, UTF-8 or Big5 (UTF-16 is re-encoded first). A header without a
 * required column rejects every row with that reason; a row without a date in its receipt time is
 * rejected; a blank receipt time is kept (ORD-FIELDS reports it, a child takes its parent's).
 */
public final class ClientOrderCsvParser implements EvidenceParser {

  static final String KIND = "client-orders";
  private static final String[] COLUMNS = {
    "client_order_id", "order_no", "parent_id", "account", "name", "received_at", "symbol", "side", "qty", "price",
    "price_type", "tif", "channel", "gateway", "source_ip", "desk"
  };
  private static final int ID = 0, ORDER_NO = 1, PARENT = 2, ACCOUNT = 3, NAME = 4, RECEIVED = 5;

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
    boolean asciiCompatible = cs.equals(StandardCharsets.UTF_8) || cs.name().toLowerCase(Locale.ROOT).contains("big5")
        || cs.name().toLowerCase(Locale.ROOT).contains("950") || cs.equals(StandardCharsets.US_ASCII);
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
    ByteLines lines = new ByteLines(in);
    OrderTimes times = new OrderTimes(ctx.zone());
    int[] map = null;
    String missingColumns = null;
    int[] starts = new int[64];
    int[] ends = new int[64];
    byte[] scratch = new byte[256];
    boolean bomChecked = false;
    while (lines.next()) {
      int n = lines.number;
      if (lines.tooLong) {
        ctx.rejected(n, "line longer than " + ByteLines.MAX_LINE + " bytes");
        continue;
      }
      if (!bomChecked) {
        bomChecked = true;
        if (lines.to - lines.from >= 3 && (lines.line[lines.from] & 0xFF) == 0xEF && (lines.line[lines.from + 1] & 0xFF) == 0xBB
            && (lines.line[lines.from + 2] & 0xFF) == 0xBF) {
          lines.from += 3;
        }
      }
      if (lines.blank()) continue;
      if (map == null) {
        String header = new String(lines.line, lines.from, lines.to - lines.from, cs);
        if (header.startsWith("#TYPE")) {
          ctx.skipped(n);
          continue;
        }
        map = map(split(header));
        List<String> absent = new ArrayList<>();
        for (String req : List.of("client_order_id", "account", "received_at")) {
          if (map[Arrays.asList(COLUMNS).indexOf(req)] < 0) absent.add(RegisterColumns.column(KIND, req).orElseThrow().label());
        }
        if (!absent.isEmpty()) {
          missingColumns = "the header (line " + n + ") has no column " + String.join(", ", absent);
          ctx.rejected(n, missingColumns);
        } else {
          ctx.skipped(n);
        }
        continue;
      }
      if (missingColumns != null) {
        ctx.rejected(n, missingColumns);
        continue;
      }
      // Split the row into cells (quoted cells unquoted into the scratch buffer when needed).
      int cells = 0;
      byte[] b = lines.line;
      int i = lines.from;
      int end = lines.to;
      boolean bad = false;
      byte[] row = b;
      while (true) {
        if (cells == starts.length) {
          starts = Arrays.copyOf(starts, cells * 2);
          ends = Arrays.copyOf(ends, cells * 2);
        }
        if (i < end && b[i] == '"') {
          // Quoted cell: copy into scratch with doubled quotes folded.
          if (row == b) {
            if (scratch.length < end - lines.from) scratch = new byte[(end - lines.from) * 2];
            System.arraycopy(b, lines.from, scratch, lines.from - lines.from, end - lines.from);
            row = scratch;
            for (int c = 0; c < cells; c++) {
              starts[c] -= lines.from;
              ends[c] -= lines.from;
            }
          }
          int w = i - lines.from;
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
          starts[cells] = row == b ? s : s - lines.from;
          ends[cells] = row == b ? i : i - lines.from;
          if (row != b) System.arraycopy(b, s, scratch, s - lines.from, i - s);
          cells++;
        }
        if (i >= end) break;
        i++; // the comma
        if (i == end) {
          starts[cells] = row == b ? i : i - lines.from;
          ends[cells] = starts[cells];
          cells++;
          break;
        }
      }
      if (bad) {
        ctx.rejected(n, "unterminated or misplaced quote");
        continue;
      }
      String[] v = new String[COLUMNS.length];
      for (int c = 0; c < COLUMNS.length; c++) {
        int col = map[c];
        if (col < 0 || col >= cells || c == RECEIVED) continue;
        int s = starts[col], e = ends[col];
        while (s < e && (row[s] == ' ' || row[s] == '\t')) s++;
        while (e > s && (row[e - 1] == ' ' || row[e - 1] == '\t')) e--;
        if (e > s) v[c] = new String(row, s, e - s, cs);
      }
      if (v[ID] == null) {
        ctx.rejected(n, "no client_order_id (委託序號)");
        continue;
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
            ctx.rejected(n, "received_at (委託時間): " + ex.getMessage());
            continue;
          }
        }
      }
      ctx.emit(new ClientOrder(v[ID], v[ORDER_NO], v[PARENT], v[ACCOUNT], v[NAME],
          nanos == Long.MIN_VALUE ? null : OrderTimes.instant(nanos), v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
          v[14], v[15], ctx.line(n)));
      ctx.used(n);
    }
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
