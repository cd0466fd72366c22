package tw.coloaudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tw.coloaudit.evidence.seal.Ed25519Keys;

/** {@code coloaudit keygen KEY.pem}: a new Ed25519 key pair for signing seals (KEY.pem and KEY.pub.pem). */
@Command(
    name = "keygen",
    description = {"產生封存簽章用之 Ed25519 金鑰（私鑰 KEY.pem 與公鑰 KEY.pub.pem）。",
        "Create an Ed25519 key pair for signing seals: KEY.pem (private) and KEY.pub.pem (public)."})
public final class KeygenCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KEY.pem", description = "私鑰檔（不覆寫）/ private key file to create (never overwritten)")
  Path key;

  @Override
  public Integer call() throws Exception {
    if (Files.exists(key)) {
      spec.commandLine().getErr().println("檔案已存在，不覆寫 the file exists and is not overwritten: " + key);
      return Main.EXIT_UNUSABLE;
    }
    KeyPair pair = Ed25519Keys.generate();
    Files.writeString(key, Ed25519Keys.privatePem(pair.getPrivate()));
    try {
      Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the file keeps the default permissions.
    }
    String name = key.getFileName().toString();
    Path pub = key.resolveSibling((name.endsWith(".pem") ? name.substring(0, name.length() - 4) : name) + ".pub.pem");
    Files.writeString(pub, Ed25519Keys.publicPem(pair.getPublic()));
    spec.commandLine().getOut().printf("私鑰 Private key: %s%n公鑰 Public key: %s%n金鑰 Key SHA-256: %s%n",
        key, pub, Ed25519Keys.fingerprint(pair.getPublic()));
    return Main.EXIT_CLEAN;
  }
}
