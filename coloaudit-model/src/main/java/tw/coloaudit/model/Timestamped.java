package tw.coloaudit.model;

import java.time.Instant;

/** A record that happened at one instant (a log line, an order, a login). */
public interface Timestamped {
  Instant time();
}
