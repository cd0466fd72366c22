package tw.coloaudit.facts.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.orders.ReceiptRow;
import tw.coloaudit.model.orders.SentRow;

/**
 * A row read from bytes is written to the spool byte for byte as the record it stands for: the same
 * stripped cells, canonical desk and channel, and missing-field bits, whatever the charset and
 * however odd the cell.
 */
class OrderRowSpoolTest {

  private static final Charset BIG5 = Charset.forName("x-windows-950");
  private static final long NOON = 1_763_434_800_000_000_000L; // 2025-11-18T03:00:00Z

  /** Receipt cells in {@link ReceiptRow} order, joined by commas: id … desk. */
  private static final List<String> RECEIPTS = List.of(
      "R1,K1,,1234567,王小明,2330,B,1000,600,LMT,ROD,colo,GW1,,brokerage",
      "R2,K2,,1234567,王小明,2330,S,1000,600,LMT,ROD,Co-Location,GW1,,Broker",
      "R3,K3,,9A00001,,2330,B,1000,600,LMT,ROD,API,GW2,,dealer",
      "R4,K4,,1234567,陳,  ,B,,600,,ROD,  Internet ,GW2,203.0.113.9,PROPRIETARY",
      "R5,K5,,\u000B,\u3000,2330,B,1000,600,LMT,ROD,web,GW1,\u3000,經紀",
      "C1,K6,R1,1234567,王小明,2330,B,1000,600,LMT,ROD,COLO,GW1,,BROKERAGE",
      "C2,K7,,1234567,王小明,2330,B,1000,600,LMT,ROD,Fax,GW1,,desk-9",
      "R6,K8,,1234567,王,2330,B,1000,600,LMT,ROD,網路,GW1,, 自營 ",
      "R7,K9,,\u001F1234567\u001C,王,2330,B,1000,600,LMT,IOC,COUNTER,GW1,, Dealer",
      "R8,K10,,1234567,王小明,2330,B,1000,600,LMT,ROD,colo\u000B,GW3,,brokerage\u001F",
      "R9,K11,,１２３,王小明,2330,B,1000,600,LMT,ROD,Ｃｏｌｏ,GW3,,brokerage",
      "R10,K12,,帳號一,王小明,2330,B,1000,600,LMT,ROD,主機共置,閘道一,,經紀",
      "R11,K13,, 1234567 ,\u3000王\u3000,2330,B,1000,600,LMT,ROD,電話,GW1,\u00A0,\u2007dealer",
      "R12,K14,,1234567,\u00A0,2330,B,1000,600,LMT,ROD,Internet,GW1,\u2028,brokerage",
      "R13,K15,,1234567,王小明,2330,B,1000,600,LMT,ROD,api,GW1,10.0.0.1,colocation",
      "R14,,,,,,,,,,,,,,",
      "R15,K16,,1234567,王小明,2330,B,1000,600,LMT,ROD,counter,GW1,,brokeragé");

  @Test
  void receiptRowsAreSpooledAsTheirRecordsInUtf8() {
    assertSpooledAlike(StandardCharsets.UTF_8);
  }

  @Test
  void receiptRowsAreSpooledAsTheirRecordsInBig5() {
    assertSpooledAlike(BIG5);
  }

  private static void assertSpooledAlike(Charset cs) {
    OrderFacts fromRows = new OrderFacts();
    OrderFacts fromRecords = new OrderFacts();
    int line = 1;
    for (String cells : RECEIPTS) {
      for (long nanos : new long[] {NOON + line, Long.MIN_VALUE}) {
        ReceiptRow row = receipt(cells, cs, ++line, nanos);
        fromRows.add(row);
        fromRecords.add(row.toRecord());
      }
    }
    assertThat(spools(fromRows.receipts)).isEqualTo(spools(fromRecords.receipts)).isNotEmpty();
    assertThat(fromRows.receiptCount()).isEqualTo(fromRecords.receiptCount()).isEqualTo(2L * RECEIPTS.size());
  }

  @Test
  void sentRowsAreSpooledAsTheirRecords() {
    List<String> orders = List.of(
        "R1,K1,1234567,2330,GW1", " R2 ,\tK2\t,\u000B1234567,2330, GW1 ", "R3,,,,", "Ré,K3,compté,2330,GWé",
        "R4,K4,1234567,2330,\u00A0GW2");
    for (String gateway : new String[] {null, "colo-gw-1", "閘道"}) {
      OrderFacts fromRows = new OrderFacts();
      OrderFacts fromRecords = new OrderFacts();
      int line = 1;
      for (String cells : orders) {
        SentRow row = sent(cells, ++line, NOON + line * 1_000_000L, gateway);
        fromRows.add(row);
        fromRecords.add(row.toRecord());
      }
      assertThat(spools(fromRows.exchange)).isEqualTo(spools(fromRecords.exchange)).isNotEmpty();
    }
  }

  @Test
  void longCellsAndCellsAtTheEndOfTheBufferAreSpooledAlike() {
    String longId = "L".repeat(70) + "\u3000";
    for (String cells : List.of(longId + ",K1,,1234567,王,2330,B,1,1,LMT,ROD,colo,GW1,,dealer",
        "R1,K1,,1234567,王,2330,B,1,1,LMT,ROD,colo,GW1,,de")) {
      OrderFacts fromRows = new OrderFacts();
      OrderFacts fromRecords = new OrderFacts();
      // The line fills its buffer exactly, so cells near its end cannot be read eight bytes at a time.
      ReceiptRow row = receipt(cells, StandardCharsets.UTF_8, 2, NOON);
      fromRows.add(row);
      fromRecords.add(row.toRecord());
      assertThat(spools(fromRows.receipts)).isEqualTo(spools(fromRecords.receipts));
    }
  }

  /** A row over exactly the bytes of the line, cells split at commas and trimmed of spaces and tabs as the parser does. */
  private static ReceiptRow receipt(String cells, Charset cs, int line, long nanos) {
    byte[] b = cells.getBytes(cs);
    ReceiptRow row = new ReceiptRow("r.csv", cs);
    row.reset(b, line, nanos);
    int cell = 0;
    for (int[] c : split(b)) row.cell(cell++, c[0], c[1]);
    assertThat(cell).isEqualTo(ReceiptRow.CELLS);
    return row;
  }

  private static SentRow sent(String cells, int line, long nanos, String gateway) {
    byte[] b = cells.getBytes(StandardCharsets.ISO_8859_1);
    SentRow row = new SentRow("gw.log", StandardCharsets.ISO_8859_1, gateway);
    row.reset(b, line, nanos);
    int cell = 0;
    for (int[] c : split(b)) {
      // FIX values are not trimmed.
      row.cell(cell++, c[2], c[3]);
    }
    return row;
  }

  /** Each comma-separated cell as {trimmed from, trimmed to, from, to}. */
  private static List<int[]> split(byte[] b) {
    List<int[]> out = new ArrayList<>();
    int s = 0;
    for (int i = 0; i <= b.length; i++) {
      if (i == b.length || b[i] == ',') {
        int f = s, t = i;
        while (f < t && (b[f] == ' ' || b[f] == '\t')) f++;
        while (t > f && (b[t - 1] == ' ' || b[t - 1] == '\t')) t--;
        out.add(new int[] {f, t, s, i});
        s = i + 1;
      }
    }
    return out;
  }

  private static Map<Long, List<List<Object>>> spools(TreeMap<Long, List<DaySpool>> byDay) {
    Map<Long, List<List<Object>>> out = new TreeMap<>();
    byDay.forEach((day, list) -> {
      List<List<Object>> spools = new ArrayList<>();
      for (DaySpool s : list) spools.add(List.of(s.file, toList(s.bytes())));
      out.put(day, spools);
    });
    return out;
  }

  private static List<Byte> toList(byte[] b) {
    List<Byte> l = new ArrayList<>(b.length);
    for (byte x : b) l.add(x);
    return l;
  }
}
