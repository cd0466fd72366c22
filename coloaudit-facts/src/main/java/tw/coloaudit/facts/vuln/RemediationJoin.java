package tw.coloaudit.facts.vuln;

import java.time.LocalDate;
import tw.coloaudit.model.vuln.RemediationRecord;

/**
 * One remediation record joined to the scans of its host: the finding it names, the last scan on
 * or before its date and the first scan after it, and what that next scan showed.
 *
 * @param host the record's host, named as the scans name it
 * @param plugin the plugin the record's finding cell names on that host, or null when no scan of
 *     the host ever found it
 */
public record RemediationJoin(
    RemediationRecord record, String host, String plugin, LocalDate scanBefore, LocalDate scanAfter, Status status) {

  /** What the scan after the record showed. */
  public enum Status {
    /** The finding is gone from the next scan. */
    FIXED,
    /** The finding is still in the next scan. */
    PERSISTING,
    /** No scan of the host after the record's date yet. */
    AWAITING_SCAN,
    /** The record has no date, so no scan can be said to follow it. */
    UNDATED,
    /** No scan of the host ever found what the record names. */
    NOT_FOUND
  }
}
