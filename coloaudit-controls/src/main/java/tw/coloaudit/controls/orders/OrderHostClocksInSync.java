package tw.coloaudit.controls.orders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.PolicyKeys;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.orders.ClockSample;

/** ORD-CLOCK: the clocks of order-handling hosts stay within tolerance of UTC, and each such host has sync evidence. */
@Control(
    id = "ORD-CLOCK",
    family = "orders",
    pattern = 3,
    titleZh = "下單主機時鐘同步",
    titleEn = "Order-handling hosts keep their clocks in sync",
    checksZh = "下單閘道主機（role 為 order-gateway 之系統）之時鐘同步紀錄與 UTC 之偏差不超過上限；連續超限之期間列為一項缺失；無同步紀錄之主機逐一列出。",
    checksEn = "Clock-sync evidence of the order-handling hosts (systems with role order-gateway) stays within the limit "
        + "of UTC; each run of consecutive samples over the limit is one finding; such hosts without sync evidence are listed.",
    severity = Severity.MEDIUM,
    refs = {"CA-11210 item 22", "TWSE 2020-12-31 co-location audit findings, pattern 3"},
    requires = {"clock-sync"},
    policy = {"clock_offset_limit_us"},
    subjects = {"host,from,to"})
public final class OrderHostClocksInSync implements AuditControl {

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    double limit = in.policy().doubleValue(PolicyKeys.CLOCK_OFFSET_LIMIT_US);
    List<ClockSample> samples = in.facts().records(ClockSample.class);
    for (SystemDef sys : in.systems()) {
      if (!"order-gateway".equals(sys.role())) continue;
      List<ClockSample> mine = new ArrayList<>();
      for (ClockSample c : samples) if (c.time() != null && matches(sys, c.host())) mine.add(c);
      if (mine.isEmpty()) {
        out.noEvidence(Subject.of("host", sys.id()), "clock-sync");
        continue;
      }
      mine.sort(Comparator.comparing(ClockSample::time).thenComparing(ClockSample::source));
      List<ClockSample> run = new ArrayList<>();
      for (ClockSample c : mine) {
        if (Math.abs(c.offsetMicros()) > limit) {
          run.add(c);
        } else {
          flush(in, out, sys, run, limit);
          out.pass(null);
        }
      }
      flush(in, out, sys, run, limit);
    }
  }

  private static void flush(AuditInput in, Evaluation out, SystemDef sys, List<ClockSample> run, double limit) {
    if (run.isEmpty()) return;
    String from = OrderSupport.time(in, nanos(run.get(0)));
    String to = OrderSupport.time(in, nanos(run.get(run.size() - 1)));
    double worst = run.stream().mapToDouble(c -> Math.abs(c.offsetMicros())).max().orElse(0);
    Map<String, Object> obs = new LinkedHashMap<>();
    obs.put("samples", run.size());
    obs.put("max_offset_us", Math.round(worst * 10) / 10.0);
    obs.put("limit_us", limit);
    String w = String.format(Locale.ROOT, "%.1f", worst);
    out.fail(Subject.of("host", sys.id(), "from", from, "to", to),
        Localized.of("主機 " + sys.id() + " 自 " + from + " 至 " + to + " 時鐘偏差最大 " + w + " 微秒（上限 " + (long) limit + " 微秒）。",
            "Host " + sys.id() + " was up to " + w + " µs off UTC from " + from + " to " + to + " (limit " + (long) limit + " µs)."),
        obs, run.stream().map(ClockSample::source).limit(20).toList());
    run.clear();
  }

  private static long nanos(ClockSample c) {
    return c.time().getEpochSecond() * 1_000_000_000L + c.time().getNano();
  }

  private static boolean matches(SystemDef sys, String host) {
    if (host == null) return false;
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.equals(sys.id().toLowerCase(Locale.ROOT))) return true;
    String first = h.contains(".") && !h.matches("[0-9.]+") ? h.substring(0, h.indexOf('.')) : h;
    for (String x : sys.hosts()) {
      String s = x.toLowerCase(Locale.ROOT);
      if (s.equals(h) || s.equals(first)) return true;
    }
    return false;
  }
}
