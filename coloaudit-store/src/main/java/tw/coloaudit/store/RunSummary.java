package tw.coloaudit.store;

import java.time.LocalDate;

/** One recorded run as the run list shows it. */
public record RunSummary(
    String id,
    LocalDate asOf,
    String brokerId,
    String finishedAt,
    String packSha256,
    String toolVersion,
    int findings,
    int openFindings) {}
