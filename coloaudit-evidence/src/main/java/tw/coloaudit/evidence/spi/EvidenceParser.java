package tw.coloaudit.evidence.spi;

import java.io.IOException;
import java.util.Set;

/**
 * Reads one evidence format into records with provenance, streaming: never the whole file in
 * memory. Implementations are stateless and thread-safe.
 */
public interface EvidenceParser {

  /** The format name, as written in a manifest's {@code format:} and in {@code inputs[].format}. */
  String format();

  /** The evidence kinds this format can serve. */
  Set<String> kinds();

  /** Whether this parser can read the file, judged from its name and first bytes and lines only. */
  boolean probe(Sample sample);

  /** Parses the whole file, accounting for every line through the context. */
  void parse(EvidenceInput input, ParseContext context) throws IOException;
}
