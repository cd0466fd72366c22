package tw.coloaudit.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tw.coloaudit.model.AuditResult;
import tw.coloaudit.model.ControlResult;
import tw.coloaudit.model.Finding;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Problem;
import tw.coloaudit.model.Reject;
import tw.coloaudit.model.Subject;

/**
 * Masks customers' account numbers and names in the reports people pass around (HTML, XLSX, OCSF,
 * JUnit); {@code findings.json} is the audit record and is never masked.
 *
 * <p>The rule: in the controls of the customer-facing families ({@code colo} and {@code orders}),
 * a finding's subject values under {@code account} and {@code name}, and its observed values (and
 * the control's) under {@code account}, {@code accounts}, {@code name}, {@code customer} and
 * {@code customer_name}, are customer data. Each such value is masked where it stands, and every
 * other occurrence of it anywhere in the result (messages, observed values, reject reasons,
 * problems) is masked too. Accounts on systems (the accounts family) belong to staff and vendors
 * and stay as they are. A masked value keeps its first and last character: {@code 9801234} →
 * {@code 9*****4}, {@code 王小明} → {@code 王*明}. Fingerprints are kept so findings can be
 * followed up across runs.
 */
public final class CustomerMasking {

  static final Set<String> CUSTOMER_FAMILIES = Set.of("colo", "orders");
  static final Set<String> SUBJECT_KEYS = Set.of("account", "name");
  static final Set<String> OBSERVED_KEYS = Set.of("account", "accounts", "name", "customer", "customer_name");

  private final Map<Character, List<String>> byFirstChar = new HashMap<>();

  private CustomerMasking(Collection<String> sensitive) {
    Set<String> sorted = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
    for (String s : sensitive) {
      if (searchable(s)) sorted.add(s);
    }
    for (String s : sorted) byFirstChar.computeIfAbsent(s.charAt(0), c -> new ArrayList<>()).add(s);
  }

  /** The result with customer data masked; the input is not changed. */
  public static AuditResult mask(AuditResult r) {
    CustomerMasking m = forResult(r);
    if (m.byFirstChar.isEmpty() && !hasCustomerSubjects(r)) return r;
    List<ControlResult> controls = new ArrayList<>();
    for (ControlResult c : r.controls()) {
      boolean customer = isCustomerFacing(c);
      List<Finding> findings = new ArrayList<>(c.findings().size());
      for (Finding f : c.findings()) {
        Map<String, String> subject = new LinkedHashMap<>();
        f.subject().values().forEach((k, v) ->
            subject.put(k, customer && SUBJECT_KEYS.contains(k) ? maskValue(v) : m.replace(v)));
        findings.add(new Finding(f.fingerprint(), Subject.of(subject), m.replace(f.message()),
            m.maskMap(f.observed(), customer), f.evidence(), f.waiver(), f.waived()));
      }
      controls.add(c.withFindings(m.maskMap(c.observed(), customer), findings));
    }
    List<InputReport> inputs = new ArrayList<>();
    for (InputReport in : r.inputs()) {
      List<Reject> rejects = in.rejects().stream().map(x -> new Reject(x.line(), m.replace(x.reason()))).toList();
      inputs.add(new InputReport(in.file(), in.kind(), in.format(), in.encoding(), in.sha256(), in.records(), in.skipped(),
          in.rejected(), rejects, in.warnings(), in.warningMessages().stream().map(m::replace).toList()));
    }
    List<Problem> problems =
        r.problems().stream().map(p -> new Problem(p.kind(), p.path(), m.replace(p.message()))).toList();
    return new AuditResult(r.toolName(), r.toolVersion(), r.run(), r.summary(), controls, inputs, problems);
  }

  /** The masker for one result: every customer value the rule finds in it. */
  static CustomerMasking forResult(AuditResult r) {
    Set<String> sensitive = new TreeSet<>();
    for (ControlResult c : r.controls()) {
      if (!isCustomerFacing(c)) continue;
      collect(c.observed(), false, sensitive);
      for (Finding f : c.findings()) {
        f.subject().values().forEach((k, v) -> {
          if (SUBJECT_KEYS.contains(k) && !v.isBlank()) sensitive.add(v);
        });
        collect(f.observed(), false, sensitive);
      }
    }
    return new CustomerMasking(sensitive);
  }

  private static boolean hasCustomerSubjects(AuditResult r) {
    return r.controls().stream().filter(CustomerMasking::isCustomerFacing)
        .anyMatch(c -> !c.findings().isEmpty() || OBSERVED_KEYS.stream().anyMatch(c.observed()::containsKey));
  }

  static boolean isCustomerFacing(ControlResult c) {
    return CUSTOMER_FAMILIES.contains(ReportLabels.familyOf(c));
  }

  /** Keeps the first and the last character: {@code 9801234} → {@code 9*****4}, {@code 陳明} → {@code 陳*}. */
  public static String maskValue(String v) {
    int n = v.codePointCount(0, v.length());
    if (n <= 1) return "*";
    int first = v.codePointAt(0);
    if (n == 2) return new String(Character.toChars(first)) + "*";
    int last = v.codePointBefore(v.length());
    return new String(Character.toChars(first)) + "*".repeat(n - 2) + new String(Character.toChars(last));
  }

  private static void collect(Object value, boolean sensitiveKey, Set<String> out) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> collect(v, OBSERVED_KEYS.contains(String.valueOf(k)), out));
    } else if (value instanceof Collection<?> list) {
      for (Object o : list) collect(o, sensitiveKey, out);
    } else if (sensitiveKey && value instanceof String s && !s.isBlank()) {
      out.add(s);
    }
  }

  private Map<String, Object> maskMap(Map<String, Object> map, boolean customer) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, maskObject(v, customer && OBSERVED_KEYS.contains(k), customer)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private Object maskObject(Object v, boolean sensitiveKey, boolean customer) {
    if (v instanceof Map<?, ?> map) return maskMap((Map<String, Object>) map, customer);
    if (v instanceof Collection<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object o : list) out.add(maskObject(o, sensitiveKey, customer));
      return out;
    }
    if (v instanceof String s) return sensitiveKey ? maskValue(s) : replace(s);
    return v;
  }

  Localized replace(Localized l) {
    return Localized.of(replace(l.zh()), replace(l.en()));
  }

  /** Every occurrence of a customer value in free text, masked; ASCII values only as whole words. */
  String replace(String s) {
    if (s == null || byFirstChar.isEmpty()) return s;
    StringBuilder out = null;
    int i = 0;
    int copied = 0;
    while (i < s.length()) {
      List<String> candidates = byFirstChar.get(s.charAt(i));
      String hit = null;
      if (candidates != null) {
        for (String c : candidates) {
          if (s.startsWith(c, i) && (!ascii(c) || wordBoundary(s, i, i + c.length()))) {
            hit = c;
            break;
          }
        }
      }
      if (hit == null) {
        i++;
        continue;
      }
      if (out == null) out = new StringBuilder(s.length());
      out.append(s, copied, i).append(maskValue(hit));
      i += hit.length();
      copied = i;
    }
    if (out == null) return s;
    return out.append(s, copied, s.length()).toString();
  }

  /** Short ASCII values (an account "12") would mask unrelated text; names of two CJK characters are common. */
  private static boolean searchable(String s) {
    return ascii(s) ? s.length() >= 4 : s.length() >= 2;
  }

  private static boolean ascii(String s) {
    return s.chars().allMatch(c -> c < 128);
  }

  private static boolean wordBoundary(String s, int from, int to) {
    return (from == 0 || !Character.isLetterOrDigit(s.charAt(from - 1)))
        && (to >= s.length() || !Character.isLetterOrDigit(s.charAt(to)));
  }
}
