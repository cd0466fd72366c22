package tw.coloaudit.model.colo;

import java.time.LocalDate;
import java.util.Locale;
import tw.coloaudit.model.Provenance;

/** One row of the {@code equipment-moves} register: a device moved into or out of the co-location room. */
public record EquipmentMove(
    LocalDate date, Direction direction, String serial, String device, String applicationNo, Provenance source) {

  /** Into the room or out of it. */
  public enum Direction {
    IN,
    OUT
  }

  /** The serial as compared: trimmed, upper case. */
  public String serialKey() {
    return serial == null ? null : serial.strip().toUpperCase(Locale.ROOT);
  }
}
