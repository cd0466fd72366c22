package tw.coloaudit.evidence.firewall;

import java.time.Instant;

/** What a format made of one log line, before the device is named and the record emitted. */
final class LogLine {
  Instant time;
  String device;
  boolean accepted;
  String src;
  String dst;

  void clear() {
    time = null;
    device = null;
    accepted = false;
    src = null;
    dst = null;
  }
}
