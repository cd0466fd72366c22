package tw.coloaudit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.model.FileEntry;

/** Every parser the tool has, and the choice of one for a file: the declared format, else the first probe that fits. */
final class ParserCatalog {

  private final List<EvidenceParser> parsers;

  ParserCatalog(List<EvidenceParser> parsers) {
    this.parsers = List.copyOf(parsers);
  }

  static ParserCatalog standard() {
    List<EvidenceParser> all = new ArrayList<>();
    all.addAll(StandardParsers.all());
    return new ParserCatalog(all);
  }

  boolean servesKind(String kind) {
    return parsers.stream().anyMatch(p -> p.kinds().contains(kind));
  }

  /** The parser for a file, or null when none fits. */
  EvidenceParser choose(FileEntry entry, Sample sample) {
    if (entry.format() != null && !entry.format().isBlank()) {
      String wanted = entry.format().strip().toLowerCase(Locale.ROOT);
      for (EvidenceParser p : parsers) {
        if (p.format().equalsIgnoreCase(wanted) && p.kinds().contains(entry.kind())) return p;
      }
      return null;
    }
    for (EvidenceParser p : parsers) {
      if (p.kinds().contains(entry.kind()) && p.probe(sample)) return p;
    }
    return null;
  }

  List<EvidenceParser> all() {
    return parsers;
  }
}
