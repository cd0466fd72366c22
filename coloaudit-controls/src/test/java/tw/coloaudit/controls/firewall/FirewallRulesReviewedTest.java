package tw.coloaudit.controls.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.firewall.FirewallReview;
import tw.coloaudit.model.firewall.FirewallRule;

class FirewallRulesReviewedTest {

  private static final FirewallRulesReviewed CONTROL = new FirewallRulesReviewed();

  private static FirewallReview review(String date) {
    return new FirewallReview("colo-fw-1", LocalDate.parse(date), "王大明", FwInput.src("reviews.csv", 2));
  }

  private static FirewallRule rule(String name, String src, String dst, String service) {
    return new FirewallRule("colo-fw-1", name, src, dst, service, "iptables-save", FwInput.src("rules", 9));
  }

  @Test
  void passesWithYearlyReviewsAndNoAnyToAnyRule() {
    Evaluation e = new FwInput().kind("firewall-reviews", "firewall-rules")
        .add(review("2025-01-10"), review("2026-01-05"), rule("INPUT:3", "10.20.9.0/24", "any", "tcp/22"))
        .run(CONTROL);
    assertThat(FwInput.failing(e)).isEmpty();
    assertThat(FwInput.missing(e)).isEmpty();
  }

  @Test
  void listsAReviewGapAndAnyToAnyRulesButNotARuleLimitedToAService() {
    Evaluation e = new FwInput().kind("firewall-reviews", "firewall-rules")
        .add(review("2023-12-05"), review("2025-01-10"), review("2026-01-11"),
            rule("COLO-IN:3", "any", "any", "any"), rule("FORWARD:policy", "any", "any", "any"),
            rule("INPUT:4", null, null, "tcp/443"))
        .run(CONTROL);
    assertThat(FwInput.failing(e)).containsExactlyInAnyOrder(
        Map.of("device", "colo-fw-1", "from", "2023-12-05", "to", "2025-01-10"),
        Map.of("device", "colo-fw-1", "rule", "COLO-IN:3"),
        Map.of("device", "colo-fw-1", "rule", "FORWARD:policy"));
  }

  @Test
  void aGapOfExactlyTheLimitPassesAndOneDayMoreFails() {
    // 2025-01-10 -> 2026-01-11 is 366 days; 2026-01-11 -> as-of 2026-11-20 is 313.
    assertThat(FwInput.failing(new FwInput().kind("firewall-reviews").add(review("2025-01-10"), review("2026-01-11"))
        .run(CONTROL))).isEmpty();
    assertThat(FwInput.failing(new FwInput().kind("firewall-reviews").add(review("2025-01-09"), review("2026-01-11"))
        .run(CONTROL))).containsExactly(Map.of("device", "colo-fw-1", "from", "2025-01-09", "to", "2026-01-11"));
  }

  @Test
  void aDeclaredFirewallWithoutReviewsHasNoEvidenceAndAnUndeclaredOneFails() {
    Evaluation e = new FwInput().kind("firewall-reviews", "firewall-rules")
        .add(new FirewallRule("edge-fw", "1", "10.0.0.0/8", "10.20.1.11", "tcp/443", "register", FwInput.src("r.csv", 2)))
        .run(CONTROL);
    assertThat(FwInput.missing(e)).containsExactly(Map.of("system", "colo-fw-1"));
    assertThat(FwInput.failing(e)).containsExactly(Map.of("device", "edge-fw"));
  }
}
