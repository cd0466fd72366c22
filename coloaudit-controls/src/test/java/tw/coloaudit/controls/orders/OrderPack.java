package tw.coloaudit.controls.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.Policy;
import tw.coloaudit.facts.EvidencePresence;
import tw.coloaudit.facts.Facts;
import tw.coloaudit.facts.orders.OrderFacts;
import tw.coloaudit.facts.orders.OrderReduction;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.orders.ClientOrder;
import tw.coloaudit.model.orders.ClockSample;
import tw.coloaudit.model.orders.ColoEligibility;
import tw.coloaudit.model.orders.ColoRules;
import tw.coloaudit.model.orders.EligibilityReview;
import tw.coloaudit.model.orders.ExchangeOrder;
import tw.coloaudit.model.orders.OrderSignoff;

/**
 * A small order evidence pack built inline, one record a line, anything after {@code #} ignored
 * so the expected outcome sits beside each line. Times are local (Asia/Taipei) unless they carry
 * a zone; blank cells are null.
 */
final class OrderPack {

  static final LocalDate AS_OF = LocalDate.parse("2026-11-20");
  static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

  private final List<Object> orders = new ArrayList<>();
  private final Map<Class<?>, List<Object>> records = new HashMap<>();
  private final Set<String> kinds = new TreeSet<>();
  private final Map<String, Object> policy = new TreeMap<>();
  private final List<SystemDef> systems = new ArrayList<>();
  private final List<LocalDate> holidays = new ArrayList<>();

  OrderPack policy(String key, Object value) {
    policy.put(key, value);
    return this;
  }

  OrderPack holiday(String date) {
    holidays.add(LocalDate.parse(date));
    return this;
  }

  OrderPack gatewaySystem(String id, String... hosts) {
    systems.add(new SystemDef(id, id, "order-gateway", true, List.of(hosts), null, null));
    return this;
  }

  /** {@code id,order_no,parent_id,account,received_at,channel,gateway,desk}; the other fields are filled. */
  OrderPack receipts(String text) {
    each(text, "receipts.csv", (f, src) -> orders.add(new ClientOrder(f[0], f[1], f[2], f[3], "客戶", time(f[4]), "2330", "B", "1000",
        "600", "LMT", "ROD", f[5], f[6], "203.0.113.9", f[7], src)));
    kinds.add("client-orders");
    return this;
  }

  /** Every field: {@code id,order_no,parent,account,name,received_at,symbol,side,qty,price,price_type,tif,channel,gateway,source_ip,desk}. */
  OrderPack fullReceipts(String text) {
    each(text, "receipts.csv", (f, src) -> orders.add(new ClientOrder(f[0], f[1], f[2], f[3], f[4], time(f[5]), f[6], f[7], f[8], f[9],
        f[10], f[11], f[12], f[13], f[14], f[15], src)));
    kinds.add("client-orders");
    return this;
  }

  /** {@code id,order_no,account,sent_at,gateway}. */
  OrderPack sent(String text) {
    each(text, "gw.fix.log", (f, src) -> orders.add(new ExchangeOrder(f[0], f[1], f[2], time(f[3]), "2330", f[4], src)));
    kinds.add("exchange-orders");
    return this;
  }

  /** {@code account,eligible_from,eligible_to,notified_on}. */
  OrderPack eligibility(String text) {
    each(text, "eligibility.csv", (f, src) -> add(new ColoEligibility(f[0], null, date(f[1]), date(f[2]), date(f[3]), src)));
    kinds.add("colo-eligibility");
    return this;
  }

  /** {@code reviewed_on}. */
  OrderPack reviews(String text) {
    each(text, "reviews.csv", (f, src) -> add(new EligibilityReview(date(f[0]), "R", "A", src)));
    kinds.add("colo-eligibility-reviews");
    return this;
  }

  /** {@code trade_date,clerk,clerk_signed_at,supervisor,supervisor_signed_at}. */
  OrderPack signoffs(String text) {
    each(text, "signoffs.csv", (f, src) -> add(new OrderSignoff(date(f[0]), f[1], time(f[2]), f[3], time(f[4]), src)));
    kinds.add("order-signoffs");
    return this;
  }

  /** {@code host,time,offset_us}. */
  OrderPack clock(String text) {
    each(text, "clock.csv", (f, src) -> add(new ClockSample(f[0], time(f[1]), Double.parseDouble(f[2]), src)));
    kinds.add("clock-sync");
    return this;
  }

  OrderPack rules(ColoRules rules) {
    add(rules);
    kinds.add("colo-rules");
    return this;
  }

  private void add(Object r) {
    records.computeIfAbsent(r.getClass(), k -> new ArrayList<>()).add(r);
  }

  AuditInput input() {
    OrderReduction reduction = new OrderReduction();
    OrderFacts facts = reduction.empty();
    for (Object o : orders) reduction.fold(facts, o);
    Map<Class<?>, List<?>> recs = new HashMap<>(records);
    Map<Class<?>, Object> reduced = new HashMap<>();
    reduced.put(OrderFacts.class, facts);
    Facts f = new Facts(recs, reduced, new EvidencePresence(kinds, Map.of()));
    return new AuditInput(AS_OF, ZONE, systems, holidays, new Policy(policy), f);
  }

  Evaluation run(AuditControl control) {
    Evaluation out = new Evaluation();
    control.evaluate(input(), out);
    return out;
  }

  static List<Subject> failing(Evaluation e) {
    return e.failures().stream().map(Evaluation.Failure::subject).toList();
  }

  static Evaluation.Failure failureOf(Evaluation e, Subject s) {
    return e.failures().stream().filter(f -> f.subject().equals(s)).findFirst().orElseThrow();
  }

  static Instant time(String s) {
    if (s == null) return null;
    if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:\\d{2}$")) return java.time.OffsetDateTime.parse(s.replace(' ', 'T')).toInstant();
    return LocalDateTime.parse(s.replace(' ', 'T')).atZone(ZONE).toInstant();
  }

  static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private interface Row {
    void add(String[] fields, Provenance source);
  }

  private static void each(String text, String file, Row row) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf(" #");
      if (hash >= 0) line = line.substring(0, hash);
      line = line.strip();
      if (line.isEmpty()) continue;
      String[] f = line.split(",", -1);
      for (int j = 0; j < f.length; j++) f[j] = f[j].isBlank() ? null : f[j].strip();
      row.add(f, Provenance.line(file, i + 1));
    }
  }
}
