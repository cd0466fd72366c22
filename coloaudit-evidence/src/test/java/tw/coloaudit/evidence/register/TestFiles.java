package tw.coloaudit.evidence.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tw.coloaudit.evidence.pack.EvidenceFile;
import tw.coloaudit.evidence.pack.EvidencePack;
import tw.coloaudit.model.FileEntry;

/** Writes a one-file pack in a temporary folder and opens that file as parsers see it. */
final class TestFiles {

  private TestFiles() {}

  static EvidenceFile file(Path dir, String name, byte[] bytes, String kind, String system) {
    return file(dir, name, bytes, new FileEntry(name, kind, null, null, system, null, null, 1));
  }

  static EvidenceFile file(Path dir, String name, byte[] bytes, FileEntry entry) {
    try {
      Path f = dir.resolve(name);
      Files.createDirectories(f.getParent());
      Files.write(f, bytes);
      EvidencePack pack = EvidencePack.open(dir);
      return new EvidenceFile(pack, name, entry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
