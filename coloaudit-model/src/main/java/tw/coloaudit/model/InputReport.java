package tw.coloaudit.model;

import java.util.List;

/**
 * What ingestion made of one file: records used, skipped and rejected (they add up to what the
 * file holds), the first rejects with their line and reason, and the first warnings, each in both
 * languages.
 */
public record InputReport(
    String file,
    String kind,
    String format,
    String encoding,
    String sha256,
    long records,
    long skipped,
    long rejected,
    List<Reject> rejects,
    long warnings,
    List<Localized> warningMessages) {

  public InputReport {
    rejects = List.copyOf(rejects);
    warningMessages = List.copyOf(warningMessages);
  }

  public long total() {
    return records + skipped + rejected;
  }
}
