package tw.coloaudit.evidence.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import tw.coloaudit.model.FileEntry;

/**
 * One evidence file as a parser sees it: already decompressed when it was gzip, and decoded in the
 * detected (or declared) encoding when opened as text, with any byte-order mark removed. Each
 * open call starts again from the beginning.
 */
public interface EvidenceInput {

  /** The path within the pack, as reported in findings and inputs. */
  String path();

  /** The last path segment without a trailing {@code .gz}, e.g. {@code shadow} or {@code rack.xlsx}. */
  String fileName();

  /** The manifest entry that listed this file. */
  FileEntry entry();

  /** Decompressed bytes. */
  InputStream openBytes() throws IOException;

  /** Decoded text; lines are numbered by the caller, one per {@code readLine}. */
  BufferedReader openText() throws IOException;

  /** The charset {@link #openText()} decodes with. */
  Charset charset();
}
