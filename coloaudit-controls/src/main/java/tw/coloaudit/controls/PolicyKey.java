package tw.coloaudit.controls;

import tw.coloaudit.model.Localized;

/**
 * A named threshold with its default. {@code looser} says which way a value is less strict than
 * the rule: {@code HIGHER} (a longer interval), {@code LOWER} (a shorter minimum), or {@code NONE}.
 */
public record PolicyKey(String name, Object defaultValue, Looser looser, Localized description) {

  /** Which direction of a value is looser than the rule's default. */
  public enum Looser {
    HIGHER,
    LOWER,
    NONE
  }
}
