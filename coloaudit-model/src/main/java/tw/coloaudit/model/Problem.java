package tw.coloaudit.model;

/**
 * Something wrong with the pack as a whole: a listed path that matched nothing ({@code missing}),
 * a file nobody listed ({@code unused}), an unreadable file ({@code unreadable}), a manifest
 * entry that makes no sense ({@code manifest}), or a policy looser than the rule ({@code policy}).
 */
public record Problem(String kind, String path, Localized message) {}
