package tw.coloaudit.controls.log;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.controls.Policy;
import tw.coloaudit.facts.EvidencePresence;
import tw.coloaudit.facts.Facts;
import tw.coloaudit.facts.log.LoginFacts;
import tw.coloaudit.facts.log.LoginReduction;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.SystemDef;
import tw.coloaudit.model.log.LogLine;
import tw.coloaudit.model.log.LogReview;
import tw.coloaudit.model.log.LoginRecord;
import tw.coloaudit.model.log.PrivilegedApproval;

/**
 * A small login-log pack built inline, one record a line, with anything after {@code #} ignored
 * so the expected outcome can be marked beside each line. Times are local (Asia/Taipei)
 * {@code yyyy-MM-ddTHH:mm:ss}; blank cells are null.
 */
final class LogPack {

  static final LocalDate AS_OF = LocalDate.parse("2026-11-20");
  static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

  private final List<SystemDef> systems = new ArrayList<>();
  private final LoginReduction reduction = new LoginReduction();
  private final LoginFacts facts = reduction.empty();
  private final List<PrivilegedApproval> approvals = new ArrayList<>();
  private final List<LogReview> reviews = new ArrayList<>();
  private final Map<String, Set<String>> presence = new HashMap<>();
  private final Map<String, Object> policy = new LinkedHashMap<>();
  private int line;

  LogPack system(String id, boolean important) {
    return system(id, important, null);
  }

  LogPack system(String id, boolean important, LocalDate since) {
    systems.add(new SystemDef(id, id, "server", important, List.of(id), null, since));
    return this;
  }

  LogPack kind(String kind, String... forSystems) {
    presence.computeIfAbsent(kind, k -> new HashSet<>()).addAll(Arrays.asList(forSystems));
    return this;
  }

  LogPack policy(String key, Object value) {
    policy.put(key, value);
    return this;
  }

  /** Login records: system, user, time, origin, success (Y/N)[, SID]. Marks login-log present for the system. */
  LogPack logins(String text) {
    for (String[] c : rows(text)) {
      kind("login-log", c[0]);
      String sid = c.length > 5 ? c[5] : null;
      reduction.fold(facts, new LoginRecord(c[0], c[1], instant(c[2]), c[3], "Y".equals(c[4]), sid, "sshd", at("auth.log")));
    }
    return this;
  }

  /** Other timestamped lines: system, time. */
  LogPack lines(String text) {
    for (String[] c : rows(text)) {
      kind("login-log", c[0]);
      reduction.fold(facts, new LogLine(c[0], instant(c[1]), at("auth.log")));
    }
    return this;
  }

  /** Approvals: system, account, requester, start, end, approver. */
  LogPack approvals(String text) {
    kind("privileged-approvals");
    for (String[] c : rows(text)) {
      approvals.add(new PrivilegedApproval(c[0], c[1], c[2], instant(c[3]), instant(c[4]), c.length > 5 ? c[5] : null, null,
          at("approvals.csv")));
    }
    return this;
  }

  /** Reviews: system, reviewed_on, reviewer. */
  LogPack reviews(String text) {
    kind("log-reviews");
    for (String[] c : rows(text)) {
      kind("log-reviews", c[0]);
      reviews.add(new LogReview(c[0], LocalDate.parse(c[1]), null, null, c.length > 2 ? c[2] : null, at("log-reviews.csv")));
    }
    return this;
  }

  LoginFacts facts() {
    return facts;
  }

  AuditInput input() {
    Map<Class<?>, List<?>> records = new HashMap<>();
    records.put(PrivilegedApproval.class, approvals);
    records.put(LogReview.class, reviews);
    Map<Class<?>, Object> reduced = new HashMap<>();
    reduced.put(LoginFacts.class, facts);
    return new AuditInput(AS_OF, ZONE, systems, List.of(), new Policy(policy),
        new Facts(records, reduced, new EvidencePresence(presence.keySet(), presence)));
  }

  Evaluation run(AuditControl control) {
    Evaluation out = new Evaluation();
    control.evaluate(input(), out);
    return out;
  }

  static List<Subject> failing(Evaluation e) {
    return e.failures().stream().map(Evaluation.Failure::subject).toList();
  }

  private Provenance at(String file) {
    return Provenance.line(file, ++line);
  }

  static Instant instant(String s) {
    return s == null ? null : LocalDateTime.parse(s).atZone(ZONE).toInstant();
  }

  private static List<String[]> rows(String text) {
    List<String[]> out = new ArrayList<>();
    for (String raw : text.split("\n")) {
      int hash = raw.indexOf('#');
      String l = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (l.isEmpty()) continue;
      String[] cells = l.split(",", -1);
      for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip().isEmpty() ? null : cells[i].strip();
      out.add(cells);
    }
    return out;
  }
}
