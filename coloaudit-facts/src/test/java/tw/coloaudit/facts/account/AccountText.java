package tw.coloaudit.facts.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.account.GroupEntry;
import tw.coloaudit.model.account.PasswdEntry;
import tw.coloaudit.model.account.ShadowEntry;

/** Turns tiny passwd, shadow and group texts into records, one provenance line per text line. */
final class AccountText {

  private AccountText() {}

  static List<PasswdEntry> passwd(String system, String text) {
    List<PasswdEntry> out = new ArrayList<>();
    int n = 0;
    for (String line : text.strip().split("\n")) {
      n++;
      String[] f = line.strip().split(":", -1);
      out.add(new PasswdEntry(system, f[0], num(f[2]), num(f[3]), f[4], f[5], f[6], Provenance.line(system + "/passwd", n)));
    }
    return out;
  }

  /** Shadow lines; the day fields may be written as ISO dates for readability. */
  static List<ShadowEntry> shadow(String system, String text) {
    List<ShadowEntry> out = new ArrayList<>();
    int n = 0;
    for (String line : text.strip().split("\n")) {
      n++;
      String[] f = Arrays.copyOf(line.strip().split(":", -1), 9);
      out.add(
          new ShadowEntry(
              system, f[0], f[1], day(f[2]), day(f[3]), day(f[4]), day(f[5]), day(f[6]), day(f[7]),
              Provenance.line(system + "/shadow", n)));
    }
    return out;
  }

  static List<GroupEntry> group(String system, String text) {
    List<GroupEntry> out = new ArrayList<>();
    int n = 0;
    for (String line : text.strip().split("\n")) {
      n++;
      String[] f = line.strip().split(":", -1);
      List<String> members = f.length < 4 || f[3].isBlank() ? List.of() : List.of(f[3].split(","));
      out.add(new GroupEntry(system, f[0], num(f[2]), members, Provenance.line(system + "/group", n)));
    }
    return out;
  }

  private static Long num(String s) {
    return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
  }

  private static Long day(String s) {
    if (s == null || s.isBlank()) return null;
    return s.contains("-") ? LocalDate.parse(s.strip()).toEpochDay() : Long.valueOf(s.strip());
  }
}
