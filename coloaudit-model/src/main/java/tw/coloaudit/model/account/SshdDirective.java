package tw.coloaudit.model.account;

import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/** One global directive of {@code sshd_config} (keyword lower-cased, value as written). */
public record SshdDirective(String system, String keyword, String value, Provenance source)
    implements SystemScoped {}
