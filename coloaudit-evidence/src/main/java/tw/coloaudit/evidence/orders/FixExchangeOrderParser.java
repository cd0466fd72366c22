package tw.coloaudit.evidence.orders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Set;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.text.ByteLineSplitter;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.orders.SentRow;

/**
 * FIX 4.2/4.4 logs as {@code exchange-orders}: one message a line after whatever prefix the
 * logger writes, fields split by SOH, {@code |}, {@code ;} or {@code ^A}. New orders (35=D) are
 * used; every other message type is skipped; a line with no message, a message cut short, or a
 * new order without ClOrdID or time is rejected. A wrong BodyLength or CheckSum is a warning and
 * the message is still used. Times are UTC; the manifest's {@code system} names the gateway when
 * SenderCompID (49) is absent. Each new order is emitted as a {@link SentRow} over the line's
 * bytes, refilled for every line, which the order reduction folds without building an
 * {@code ExchangeOrder}.
 */
public final class FixExchangeOrderParser implements EvidenceParser {

  private static final Localized NO_MESSAGE = Localized.of("此行沒有 FIX 訊息（8=FIX…）", "no FIX message (8=FIX…) on the line");
  private static final Localized NO_MSG_TYPE = Localized.of("缺少 MsgType（35）", "no MsgType (35)");
  private static final Localized NO_CL_ORD_ID = Localized.of("新委託（35=D）缺少 ClOrdID（11）", "new order (35=D) without ClOrdID (11)");
  private static final Localized NO_TIME = Localized.of("新委託（35=D）缺少 TransactTime（60），也沒有 SendingTime（52）",
      "new order (35=D) without TransactTime (60) or SendingTime (52)");

  @Override
  public String format() {
    return "fix";
  }

  @Override
  public Set<String> kinds() {
    return Set.of("exchange-orders");
  }

  @Override
  public boolean probe(Sample sample) {
    if (sample.isZipLike()) return false;
    for (String l : sample.lines()) if (l.contains("8=FIX")) return true;
    return false;
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    FixTagScanner f = new FixTagScanner();
    OrderTimes times = new OrderTimes(ZoneOffset.UTC);
    String system = ctx.system();
    // One row for the whole file, refilled per line; the file as the context names it in provenance.
    SentRow sent = new SentRow(ctx.line(0).file(), StandardCharsets.ISO_8859_1, system);
    try (InputStream in = input.openBytes()) {
      ByteLineSplitter lines = new ByteLineSplitter(in, OrderParsers.MAX_LINE, false);
      while (lines.next()) {
        int n = lines.number();
        if (lines.cut()) {
          ctx.rejected(n, OrderParsers.TOO_LONG);
          continue;
        }
        if (lines.blank()) continue;
        message(lines.buf(), lines.start(), lines.end(), n, f, times, system, sent, ctx);
      }
    }
  }

  /**
   * One message line, read into the row and emitted, or rejected with its reason. A method of its
   * own, called per line: the file loop stays small, and the line's code is compiled on its own.
   */
  private static void message(byte[] b, int from, int to, int n, FixTagScanner f, OrderTimes times, String system, SentRow sent,
      ParseContext ctx) {
    int start = FixTagScanner.begin(b, from, to);
    if (start < 0) {
      ctx.rejected(n, NO_MESSAGE);
      return;
    }
    Localized why = f.scan(b, start, to);
    if (why != null) {
      ctx.rejected(n, why);
      return;
    }
    if (!f.has(FixTagScanner.MSG_TYPE)) {
      ctx.rejected(n, NO_MSG_TYPE);
      return;
    }
    if (!f.is(b, FixTagScanner.MSG_TYPE, "D")) {
      ctx.skipped(n);
      return;
    }
    if (!f.present(FixTagScanner.CL_ORD_ID)) {
      ctx.rejected(n, NO_CL_ORD_ID);
      return;
    }
    int slot = f.has(FixTagScanner.TRANSACT_TIME) ? FixTagScanner.TRANSACT_TIME : FixTagScanner.SENDING_TIME;
    if (!f.has(slot)) {
      ctx.rejected(n, NO_TIME);
      return;
    }
    long nanos = times.fix(b, f.valueFrom[slot], f.valueTo[slot]);
    if (nanos == Long.MIN_VALUE) {
      String raw = f.text(b, slot);
      int tag = slot == FixTagScanner.TRANSACT_TIME ? 60 : 52;
      ctx.rejected(n, "無法將 '" + raw + "' 讀為 FIX UTC 時間戳記（tag " + tag + "）",
          "cannot read '" + raw + "' as a FIX UTC timestamp (tag " + tag + ")");
      return;
    }
    int declared = f.intValue(b, FixTagScanner.BODY_LENGTH);
    if (declared >= 0 && declared != f.bodyLengthActual) {
      ctx.warn(n, "BodyLength（9）為 " + declared + "，但訊息本體實際為 " + f.bodyLengthActual + " 位元組；訊息仍予採用",
          "BodyLength (9) is " + declared + " but the body holds " + f.bodyLengthActual + " bytes; message used");
    }
    int checksum = f.intValue(b, FixTagScanner.CHECKSUM);
    if (checksum != f.checksumActual) {
      String declaredSum = f.text(b, FixTagScanner.CHECKSUM);
      String actualSum = String.format("%03d", f.checksumActual);
      ctx.warn(n, "CheckSum（10）為 " + declaredSum + "，但訊息實際加總為 " + actualSum + "；訊息仍予採用",
          "CheckSum (10) is " + declaredSum + " but the message sums to " + actualSum + "; message used");
    }
    if (system != null && f.present(FixTagScanner.SENDER) && !f.is(b, FixTagScanner.SENDER, system)) {
      String sender = f.text(b, FixTagScanner.SENDER);
      ctx.warn(n, "SenderCompID " + sender + " 與清單所指定的系統 " + system + " 不同；以清單為準",
          "SenderCompID " + sender + " differs from the manifest's system " + system + "; the manifest wins");
    }
    sent.reset(b, n, nanos);
    cell(sent, SentRow.CLIENT_ORDER_ID, f, FixTagScanner.CL_ORD_ID);
    cell(sent, SentRow.ORDER_NO, f, FixTagScanner.ORDER_ID);
    cell(sent, SentRow.ACCOUNT, f, FixTagScanner.ACCOUNT);
    cell(sent, SentRow.SYMBOL, f, FixTagScanner.SYMBOL);
    cell(sent, SentRow.GATEWAY, f, FixTagScanner.SENDER);
    ctx.emit(sent);
    ctx.used(n);
  }

  private static void cell(SentRow row, int cell, FixTagScanner f, int slot) {
    if (f.has(slot)) row.cell(cell, f.valueFrom[slot], f.valueTo[slot]);
  }
}
