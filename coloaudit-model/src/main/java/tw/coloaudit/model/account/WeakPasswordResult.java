package tw.coloaudit.model.account;

import java.time.LocalDate;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/** One row of the {@code weak-password-audit} register. */
public record WeakPasswordResult(
    String system, String account, LocalDate testedOn, boolean weak, Provenance source)
    implements SystemScoped {}
