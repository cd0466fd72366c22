package tw.coloaudit.model.vuln;

import java.util.Locale;
import java.util.Optional;

/** How serious a scanner rates one finding, from informational to critical. */
public enum ScanSeverity {
  INFO,
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at or above {@code floor}. */
  public boolean atLeast(ScanSeverity floor) {
    return compareTo(floor) >= 0;
  }

  /**
   * A severity word as scanners, registers and policies write it: {@code critical}, {@code high},
   * {@code medium}, {@code low}, {@code info} (also {@code none}, {@code log}, {@code informational})
   * and the Chinese words 嚴重/緊急, 高, 中, 低, 資訊/無; empty when the word is none of them.
   */
  public static Optional<ScanSeverity> parse(String word) {
    if (word == null) return Optional.empty();
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "critical", "crit", "urgent", "嚴重", "緊急", "重大", "極高" -> Optional.of(CRITICAL);
      case "high", "高", "高風險", "高危" -> Optional.of(HIGH);
      case "medium", "moderate", "med", "中", "中風險", "中危" -> Optional.of(MEDIUM);
      case "low", "低", "低風險", "低危" -> Optional.of(LOW);
      case "info", "informational", "information", "none", "log", "資訊", "無", "資訊性" -> Optional.of(INFO);
      default -> Optional.empty();
    };
  }

  /**
   * The band of a CVSS-style score (0–10): 9.0 and over critical, 7.0 high, 4.0 medium, over 0
   * low, 0 informational (the CVSS v3 qualitative scale).
   */
  public static ScanSeverity ofScore(double score) {
    if (score >= 9.0) return CRITICAL;
    if (score >= 7.0) return HIGH;
    if (score >= 4.0) return MEDIUM;
    if (score > 0.0) return LOW;
    return INFO;
  }
}
