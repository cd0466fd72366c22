package tw.coloaudit.model.log;

import java.time.Instant;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;
import tw.coloaudit.model.Timestamped;

/** A timestamped line of a login log that is not a login record: it counts for retention only. */
public record LogLine(String system, Instant time, Provenance source) implements SystemScoped, Timestamped {}
