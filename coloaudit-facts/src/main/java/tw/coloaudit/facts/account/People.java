package tw.coloaudit.facts.account;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.coloaudit.model.account.Person;

/**
 * The {@code people} register as a lookup: a person is found by id, or by name after stripping a
 * leading title separated by a space ("資訊主管 王大明" → 王大明); anything else is compared as the
 * exact trimmed string.
 */
public final class People {

  private final List<Person> all;
  private final Map<String, Person> byId = new LinkedHashMap<>();
  private final Map<String, Person> byName = new LinkedHashMap<>();
  private final Set<String> duplicateIds = new LinkedHashSet<>();

  private People(List<Person> persons) {
    this.all = List.copyOf(persons);
    for (Person p : all) {
      String id = trim(p.person());
      if (id != null && byId.putIfAbsent(id, p) != null) duplicateIds.add(id);
      String name = trim(p.name());
      if (name != null) byName.putIfAbsent(name, p);
    }
  }

  public static People of(List<Person> persons) {
    return new People(persons == null ? List.of() : persons);
  }

  public static People empty() {
    return new People(List.of());
  }

  /** Every row, in evidence order. */
  public List<Person> all() {
    return all;
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** The first row with this person id. */
  public Optional<Person> byId(String id) {
    String t = trim(id);
    return t == null ? Optional.empty() : Optional.ofNullable(byId.get(t));
  }

  /** The person a text names: by id, by name, or by name once a leading title is stripped. */
  public Optional<Person> find(String text) {
    String t = trim(text);
    if (t == null) return Optional.empty();
    Person p = byId.get(t);
    if (p == null) p = byName.get(t);
    if (p == null) {
      String stripped = stripTitle(t);
      if (!stripped.equals(t)) {
        p = byId.get(stripped);
        if (p == null) p = byName.get(stripped);
      }
    }
    return Optional.ofNullable(p);
  }

  /** Who a text names: the person id when the register knows the person, else the trimmed text. */
  public Optional<String> key(String text) {
    String t = trim(text);
    if (t == null) return Optional.empty();
    return Optional.of(find(t).map(p -> trim(p.person())).orElse(t));
  }

  /** Whether two texts name the same person (false when either is blank). */
  public boolean samePerson(String a, String b) {
    Optional<String> ka = key(a);
    Optional<String> kb = key(b);
    return ka.isPresent() && ka.equals(kb);
  }

  /** Person ids that appear on more than one row, in evidence order. */
  public Set<String> duplicateIds() {
    return Collections.unmodifiableSet(duplicateIds);
  }

  /** The rows that share a person id, for evidence. */
  public List<Person> rowsOf(String id) {
    List<Person> out = new ArrayList<>();
    for (Person p : all) if (id.equals(trim(p.person()))) out.add(p);
    return out;
  }

  /** The text after a leading title separated by whitespace, or the text itself. */
  public static String stripTitle(String text) {
    String t = text.strip();
    int space = indexOfSpace(t);
    return space < 0 ? t : t.substring(space).strip();
  }

  private static int indexOfSpace(String t) {
    for (int i = 0; i < t.length(); i++) {
      // Chinese forms often separate the title with a full-width space.
      if (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '\u3000') return i;
    }
    return -1;
  }

  private static String trim(String s) {
    if (s == null) return null;
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
