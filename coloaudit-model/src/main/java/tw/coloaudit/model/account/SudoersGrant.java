package tw.coloaudit.model.account;

import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.SystemScoped;

/**
 * One principal named by a sudoers user specification. {@code principal} is a user name, or a
 * group name when {@code group} is true ({@code %wheel}). {@code fullRights} is true when the rule
 * lets it run {@code ALL} commands as any user (root).
 */
public record SudoersGrant(
    String system, String principal, boolean group, boolean fullRights, String rule, Provenance source)
    implements SystemScoped {}
