package tw.coloaudit.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Identity and timing of one audit run. */
public record RunInfo(
    String id,
    LocalDate asOf,
    Broker broker,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    String packSha256) {}
