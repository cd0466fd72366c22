package tw.coloaudit.model.orders;

import java.time.Instant;
import java.time.LocalDate;
import tw.coloaudit.model.Provenance;

/** One row of the {@code order-signoffs} register: who signed a trading day's order record, and when. */
public record OrderSignoff(
    LocalDate tradeDate, String clerk, Instant clerkSignedAt, String supervisor, Instant supervisorSignedAt, Provenance source) {}
