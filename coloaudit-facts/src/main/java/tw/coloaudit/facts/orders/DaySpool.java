package tw.coloaudit.facts.orders;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoded orders of one file and one day: kept in memory while small, spilled to a temporary
 * file once larger than {@link #SPILL_BYTES}, so ten million receipts never sit in the heap at
 * once; only the day being joined is read back.
 */
final class DaySpool {

  static final int SPILL_BYTES = 4 << 20;

  final String file;
  private ByteArrayOutputStream memory = new ByteArrayOutputStream(256);
  private DataOutputStream out = new DataOutputStream(memory);
  private Path spilled;
  private OutputStream fileOut;

  DaySpool(String file) {
    this.file = file;
  }

  DataOutputStream out() {
    if (memory != null && memory.size() > SPILL_BYTES) spill();
    return out;
  }

  private void spill() {
    try {
      spilled = Files.createTempFile("coloaudit-orders-", ".spool");
      spilled.toFile().deleteOnExit();
      fileOut = new BufferedOutputStream(Files.newOutputStream(spilled), 1 << 16);
      out.flush();
      memory.writeTo(fileOut);
      memory = null;
      out = new DataOutputStream(fileOut);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill orders to a temporary file", e);
    }
  }

  /** The bytes written so far; a spilled spool is read back from its file. */
  byte[] bytes() {
    try {
      out.flush();
      if (memory != null) return memory.toByteArray();
      return Files.readAllBytes(spilled);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spilled orders back", e);
    }
  }

  /** Deletes the spill file, if any; the spool is not used afterwards. */
  void release() {
    try {
      if (fileOut != null) fileOut.close();
      if (spilled != null) Files.deleteIfExists(spilled);
    } catch (IOException e) {
      // A temporary file left behind is deleted on exit.
    }
    memory = null;
  }
}
