package tw.coloaudit.model.change;

import java.time.Instant;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;
import tw.coloaudit.model.Timestamped;

/** One row of the {@code deployments} register: a change put into production, when, by whom, under which change. */
public record Deployment(String system, Instant time, String who, String changeId, Provenance source)
    implements SystemScoped, Timestamped {}
