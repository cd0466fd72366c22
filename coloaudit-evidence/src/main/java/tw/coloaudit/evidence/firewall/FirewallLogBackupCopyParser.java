package tw.coloaudit.evidence.firewall;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import tw.coloaudit.evidence.spi.EvidenceInput;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.ParseContext;
import tw.coloaudit.evidence.spi.Sample;

/**
 * Reads a folder of firewall-log backup copies ({@code kind: firewall-log-backup} on copies rather
 * than on a manifest of sums): a copy is matched to its log by name and by the SHA-256 of its
 * bytes as stored, which the engine records for every file, so its lines are only counted, as
 * skipped. Registers (CSV, XLSX) of the same kind are left to the register reader.
 */
public final class FirewallLogBackupCopyParser implements EvidenceParser {

  @Override
  public String format() {
    return "backup-copy";
  }

  @Override
  public Set<String> kinds() {
    return Set.of("firewall-log-backup");
  }

  @Override
  public boolean probe(Sample sample) {
    String name = sample.fileName().toLowerCase(Locale.ROOT);
    return !(name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".xlsx") || name.endsWith(".xlsm")
        || name.endsWith(".txt") && looksDelimited(sample));
  }

  private static boolean looksDelimited(Sample sample) {
    String first = sample.firstContentLine();
    return first.contains(",") && first.toLowerCase(Locale.ROOT).contains("sha256") || first.contains("雜湊");
  }

  @Override
  public void parse(EvidenceInput input, ParseContext ctx) throws IOException {
    if (isZip(input)) {
      ctx.skipped(1);
      return;
    }
    try (LogLineScanner s = new LogLineScanner(input.openBytes())) {
      while (s.next()) {
        if (!s.blank()) ctx.skipped(s.number());
      }
    }
  }

  private static boolean isZip(EvidenceInput input) throws IOException {
    try (var in = input.openBytes()) {
      return in.read() == 'P' && in.read() == 'K';
    }
  }
}
