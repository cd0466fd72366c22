package tw.coloaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tw.coloaudit.engine.ToolVersion;
import tw.coloaudit.evidence.seal.Ed25519Keys;
import tw.coloaudit.evidence.seal.PackSeals;
import tw.coloaudit.evidence.seal.Seal;

/** {@code coloaudit seal PACK [--key KEY.pem]}: records every file's SHA-256 and size in .coloaudit/seal.json. */
@Command(
    name = "seal",
    description = {"封存證據包：記錄每個檔案的 SHA-256 與大小，串接前次封存，可用 Ed25519 金鑰簽章。",
        "Seal a pack directory: every file's SHA-256 and size, chained to the previous seal, optionally signed (Ed25519)."})
public final class SealCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PACK", description = "證據包目錄 / evidence pack directory")
  Path pack;

  @Option(names = "--key", paramLabel = "KEY.pem", description = "Ed25519 私鑰（PKCS#8 PEM）/ Ed25519 private key to sign with")
  Path key;

  @Option(names = "--at", paramLabel = "ISO", description = "封存時間（預設為現在）/ the sealing time, ISO-8601 with offset (default: now)")
  OffsetDateTime at;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrivateKey privateKey = key == null ? null : Ed25519Keys.readPrivate(key);
    OffsetDateTime when = at != null ? at : OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    Seal s = PackSeals.seal(pack, when, ToolVersion.get(), privateKey);
    out.printf("已封存 Sealed %d 個檔案 files in %s%n", s.files().size(), pack.resolve(Seal.CURRENT));
    out.printf("封存雜湊 Seal SHA-256: %s%n", s.sealSha256());
    out.printf("前次封存 Previous seal: %s%n", s.previous() == null ? "（無 none）" : s.previous());
    if (privateKey != null) {
      out.printf("簽章金鑰 Signed with key SHA-256: %s%n", Ed25519Keys.fingerprint(Ed25519Keys.publicOf(privateKey)));
    }
    return Main.EXIT_CLEAN;
  }
}
