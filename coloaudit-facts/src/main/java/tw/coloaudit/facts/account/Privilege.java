package tw.coloaudit.facts.account;

import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;

/**
 * One reason an account holds full administrative rights: {@code reason} is a stable key
 * ({@code uid_0}, {@code sudo_all}, {@code sudo_all_group}, {@code admin_group}, {@code register},
 * {@code builtin_administrator}), {@code text} says it for people, {@code source} is the line behind it.
 */
public record Privilege(String reason, Localized text, Provenance source) {}
