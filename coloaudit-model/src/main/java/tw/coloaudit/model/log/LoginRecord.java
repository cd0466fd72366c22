package tw.coloaudit.model.log;

import java.time.Instant;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;
import tw.coloaudit.model.Timestamped;

/**
 * One authentication attempt in a login log (CONTROLS.md, "Login records"): who, when, from which
 * host or IP, and whether it succeeded. Any of user, time and origin may be null when the log
 * line lacks it; {@code accountId} is the Windows SID when the event gives one.
 *
 * @param method how the record was written: {@code sshd}, {@code last}, {@code windows} or {@code app}
 */
public record LoginRecord(
    String system,
    String user,
    Instant time,
    String origin,
    boolean success,
    String accountId,
    String method,
    Provenance source)
    implements SystemScoped, Timestamped {}
