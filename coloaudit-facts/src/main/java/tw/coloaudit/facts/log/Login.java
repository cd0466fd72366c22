package tw.coloaudit.facts.log;

import java.time.Instant;
import tw.coloaudit.model.Provenance;

/** One successful login kept in the facts: who, where, when, from where, and the line that says so. */
public record Login(String system, String account, Instant time, String origin, String accountId, Provenance source) {}
