package tw.coloaudit.model.account;

import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/** One line of {@code /etc/passwd}. {@code uid}/{@code gid} are null when not numeric. */
public record PasswdEntry(
    String system, String name, Long uid, Long gid, String gecos, String home, String shell, Provenance source)
    implements SystemScoped {}
