package tw.coloaudit.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The one offset a zone keeps from some moment on: a fixed-offset zone's always, or, for a zone
 * that no longer changes its clocks (Asia/Taipei since 1979), the offset after its last
 * transition. Lets order times and trading days of tens of millions of orders be worked out with
 * arithmetic instead of a zone-rules look-up each; before the moment, the zone rules still apply.
 *
 * @param seconds the offset in seconds
 * @param sinceEpochSecond the instant (epoch second) from which the offset holds
 * @param sinceLocalEpochSecond the local date-time, as epoch seconds of that date-time at UTC,
 *     from which every local time has the offset (past both sides of the last gap or overlap)
 */
public record SettledOffset(int seconds, long sinceEpochSecond, long sinceLocalEpochSecond) {

  /** The settled offset of a zone, or null when it still changes its clocks (daylight saving). */
  public static SettledOffset of(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset()) {
      return new SettledOffset(rules.getOffset(Instant.EPOCH).getTotalSeconds(), Long.MIN_VALUE, Long.MIN_VALUE);
    }
    if (!rules.getTransitionRules().isEmpty() || rules.getTransitions().isEmpty()) return null;
    ZoneOffsetTransition last = rules.getTransitions().get(rules.getTransitions().size() - 1);
    LocalDateTime settled = last.getDateTimeBefore().isAfter(last.getDateTimeAfter()) ? last.getDateTimeBefore() : last.getDateTimeAfter();
    return new SettledOffset(
        last.getOffsetAfter().getTotalSeconds(), last.toEpochSecond(), settled.toEpochSecond(ZoneOffset.UTC));
  }
}
