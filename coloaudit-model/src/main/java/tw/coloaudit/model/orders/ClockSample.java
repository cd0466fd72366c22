package tw.coloaudit.model.orders;

import java.time.Instant;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Timestamped;

/**
 * One clock-sync measurement of a host: its offset from the reference (UTC) in microseconds,
 * from the {@code clock-sync} register or chrony's {@code tracking.log}/{@code measurements.log}.
 */
public record ClockSample(String host, Instant time, double offsetMicros, Provenance source) implements Timestamped {}
