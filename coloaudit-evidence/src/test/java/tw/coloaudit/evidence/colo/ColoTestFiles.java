package tw.coloaudit.evidence.colo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tw.coloaudit.evidence.pack.EvidenceFile;
import tw.coloaudit.evidence.pack.EvidencePack;
import tw.coloaudit.model.FileEntry;

/** Writes a one-file pack in a temporary folder and opens that file as parsers see it. */
final class ColoTestFiles {

  private ColoTestFiles() {}

  static EvidenceFile file(Path dir, String name, byte[] bytes, String kind) {
    try {
      Path f = dir.resolve(name);
      Files.createDirectories(f.getParent());
      Files.write(f, bytes);
      return new EvidenceFile(EvidencePack.open(dir), name, new FileEntry(name, kind, null, null, null, null, null, 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] resource(String name) {
    try (InputStream in = ColoTestFiles.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
