package tw.coloaudit.evidence.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.coloaudit.evidence.pack.EvidencePack;
import tw.coloaudit.model.seal.FileCheck;
import tw.coloaudit.model.seal.FileState;
import tw.coloaudit.model.seal.SealVerification;
import tw.coloaudit.model.seal.SignatureState;

class PackSealsTest {

  private static final OffsetDateTime T1 = OffsetDateTime.parse("2026-11-20T09:00:00+08:00");
  private static final OffsetDateTime T2 = OffsetDateTime.parse("2026-11-21T09:00:00+08:00");

  @TempDir Path tmp;
  Path pack;

  @BeforeEach
  void writePack() throws IOException {
    pack = tmp.resolve("pack");
    write("evidence.yaml", "broker: { id: \"9A00\" }\n");
    write("accounts/gw/passwd", "root:x:0:0:root:/root:/bin/bash\n");
    write("accounts/gw/shadow", "root:!:19000:0:90:7:::\n");
  }

  private void write(String path, String text) throws IOException {
    Path f = pack.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8);
  }

  private SealVerification verify() throws IOException {
    try (EvidencePack p = EvidencePack.open(pack)) {
      return PackSeals.verify(p, null);
    }
  }

  private static Map<String, FileState> states(SealVerification v) {
    return v.files().stream().collect(Collectors.toMap(FileCheck::path, FileCheck::state, (a, b) -> a, TreeMap::new));
  }

  @Test
  void anUnsealedPackIsReportedAsUnsealed() throws IOException {
    SealVerification v = verify();
    assertThat(v.sealed()).isFalse();
    assertThat(v.verifies()).isFalse();
  }

  @Test
  void aFreshSealVerifiesEveryFileAndLeavesItsOwnFolderOut() throws Exception {
    Seal s = PackSeals.seal(pack, T1, "1.0", null);
    assertThat(s.files()).extracting(Seal.SealedFile::path)
        .containsExactly("accounts/gw/passwd", "accounts/gw/shadow", "evidence.yaml");
    assertThat(s.files().get(0).size()).isEqualTo(32);
    assertThat(s.previous()).isNull();
    SealVerification v = verify();
    assertThat(v.verifies()).isTrue();
    assertThat(v.chainLength()).isEqualTo(1);
    assertThat(v.signature()).isEqualTo(SignatureState.UNSIGNED);
    assertThat(states(v).values()).containsOnly(FileState.VALID);
    assertThat(v.sealSha256()).isEqualTo(s.sealSha256());
  }

  @Test
  void modifiedMissingAndAddedFilesAreEachNamed() throws Exception {
    PackSeals.seal(pack, T1, "1.0", null);
    write("accounts/gw/passwd", "root:x:0:0:root:/root:/bin/sh\n");
    Files.delete(pack.resolve("accounts/gw/shadow"));
    write("notes.txt", "later\n");
    SealVerification v = verify();
    assertThat(states(v)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "accounts/gw/passwd", FileState.MODIFIED,
        "accounts/gw/shadow", FileState.MISSING,
        "evidence.yaml", FileState.VALID,
        "notes.txt", FileState.ADDED)));
    assertThat(v.hashValid()).isTrue();
    assertThat(v.verifies()).isFalse();
  }

  @Test
  void aSameSizeChangeIsStillModified() throws Exception {
    PackSeals.seal(pack, T1, "1.0", null);
    write("evidence.yaml", "broker: { id: \"9A01\" }\n");
    assertThat(states(verify())).containsEntry("evidence.yaml", FileState.MODIFIED);
  }

  @Test
  void resealingChainsToThePreviousSealAndKeepsItInTheHistory() throws Exception {
    Seal first = PackSeals.seal(pack, T1, "1.0", null);
    write("notes.txt", "added before the second seal\n");
    Seal second = PackSeals.seal(pack, T2, "1.0", null);
    assertThat(second.previous()).isEqualTo(first.sealSha256());
    assertThat(pack.resolve(".coloaudit/seals/0001.json")).exists();
    SealVerification v = verify();
    assertThat(v.verifies()).isTrue();
    assertThat(v.chainLength()).isEqualTo(2);
    assertThat(v.sealedAt()).isEqualTo("2026-11-21T09:00+08:00");
  }

  @Test
  void anEditedHistorySealBreaksTheChain() throws Exception {
    PackSeals.seal(pack, T1, "1.0", null);
    PackSeals.seal(pack, T2, "1.0", null);
    Path old = pack.resolve(".coloaudit/seals/0001.json");
    Files.writeString(old, Files.readString(old).replace("2026-11-20T09:00+08:00", "2026-11-19T09:00+08:00"));
    SealVerification v = verify();
    assertThat(v.chainValid()).isFalse();
    assertThat(v.chainProblems()).anyMatch(p -> p.startsWith(".coloaudit/seals/0001.json"));
    assertThat(v.verifies()).isFalse();
  }

  @Test
  void aDeletedHistorySealBreaksTheChain() throws Exception {
    PackSeals.seal(pack, T1, "1.0", null);
    PackSeals.seal(pack, T2, "1.0", null);
    Files.delete(pack.resolve(".coloaudit/seals/0001.json"));
    assertThat(verify().chainProblems()).singleElement().asString().contains("not in .coloaudit/seals/");
  }

  @Test
  void anEditedSealWhoseHashNoLongerMatchesFails() throws Exception {
    PackSeals.seal(pack, T1, "1.0", null);
    write("accounts/gw/passwd", "root:x:0:0:root:/root:/bin/sh\n");
    // Someone edits the recorded hash of the file to hide the change.
    Path seal = pack.resolve(".coloaudit/seal.json");
    String sha = EvidencePack.open(pack).sha256("accounts/gw/passwd");
    String text = Files.readString(seal).replaceFirst("\"sha256\" : \"[0-9a-f]{64}\"", "\"sha256\" : \"" + sha + "\"");
    Files.writeString(seal, text);
    SealVerification v = verify();
    assertThat(v.hashValid()).isFalse();
    assertThat(v.verifies()).isFalse();
  }

  @Test
  void aSignedSealVerifiesWithItsKeyAndFailsWithAnother() throws Exception {
    KeyPair key = Ed25519Keys.generate();
    PackSeals.seal(pack, T1, "1.0", key.getPrivate());
    try (EvidencePack p = EvidencePack.open(pack)) {
      SealVerification v = PackSeals.verify(p, key.getPublic());
      assertThat(v.signature()).isEqualTo(SignatureState.VALID);
      assertThat(v.signerKeySha256()).isEqualTo(Ed25519Keys.fingerprint(key.getPublic()));
      assertThat(v.verifies()).isTrue();
      assertThat(PackSeals.verify(p, Ed25519Keys.generate().getPublic()).signature())
          .isEqualTo(SignatureState.UNTRUSTED_KEY);
    }
  }

  @Test
  void aSignatureOverAlteredContentIsInvalid() throws Exception {
    PackSeals.seal(pack, T1, "1.0", Ed25519Keys.generate().getPrivate());
    Path seal = pack.resolve(".coloaudit/seal.json");
    Seal s = SealJson.read(Files.newInputStream(seal), "seal");
    // Re-hash a forged body so only the signature can tell.
    Seal forged = new Seal(s.schema(), "2020-01-01T00:00+08:00", s.toolName(), s.toolVersion(), s.previous(), s.files(),
        null, s.signature());
    forged = new Seal(forged.schema(), forged.sealedAt(), forged.toolName(), forged.toolVersion(), forged.previous(),
        forged.files(), forged.computeSha256(), forged.signature());
    Files.write(seal, SealJson.write(forged));
    SealVerification v = verify();
    assertThat(v.hashValid()).isTrue();
    assertThat(v.signature()).isEqualTo(SignatureState.INVALID);
    assertThat(v.verifies()).isFalse();
  }

  @Test
  void keysRoundTripThroughPemAndThePublicKeyIsDerivedFromThePrivateOne(@TempDir Path dir) throws Exception {
    KeyPair key = Ed25519Keys.generate();
    Path priv = dir.resolve("seal-key.pem");
    Files.writeString(priv, Ed25519Keys.privatePem(key.getPrivate()));
    assertThat(Ed25519Keys.readPrivate(priv).getEncoded()).isEqualTo(key.getPrivate().getEncoded());
    assertThat(Ed25519Keys.readPublic(priv).getEncoded()).isEqualTo(key.getPublic().getEncoded());
    Path pub = dir.resolve("seal-key.pub.pem");
    Files.writeString(pub, Ed25519Keys.publicPem(key.getPublic()));
    assertThat(Ed25519Keys.readPublic(pub).getEncoded()).isEqualTo(key.getPublic().getEncoded());
  }

  @Test
  void anOpensslKeyIsRead(@TempDir Path dir) throws Exception {
    // openssl genpkey -algorithm ed25519 (RFC 8410 test vector key).
    Path priv = dir.resolve("k.pem");
    Files.writeString(priv, "-----BEGIN PRIVATE KEY-----\r\nMC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\r\n-----END PRIVATE KEY-----\r\n");
    assertThat(Ed25519Keys.readPublic(priv).getEncoded()).hasSize(44);
    // RFC 8410 section 10.1: the public key of that private key.
    assertThat(java.util.HexFormat.of().formatHex(Ed25519Keys.readPublic(priv).getEncoded()).substring(24))
        .isEqualTo("19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1");
  }

  @Test
  void aZipOfASealedDirectoryVerifiesTheSame() throws Exception {
    PackSeals.seal(pack, T1, "1.0", null);
    Path zip = tmp.resolve("pack.zip");
    try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os);
        Stream<Path> files = Files.walk(pack)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        z.putNextEntry(new ZipEntry("pack/" + pack.relativize(p).toString().replace('\\', '/')));
        Files.copy(p, z);
        z.closeEntry();
      }
    }
    try (EvidencePack p = EvidencePack.open(zip)) {
      assertThat(PackSeals.verify(p, null).verifies()).isTrue();
    }
  }

  @Test
  void aZipCannotBeSealedAndAnUnreadableSealCountsEveryFileAsAdded() throws Exception {
    Path zip = tmp.resolve("x.zip");
    Files.write(zip, new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    assertThatThrownBy(() -> PackSeals.seal(zip, T1, "1.0", null)).isInstanceOf(PackSeals.SealException.class);
    write(".coloaudit/seal.json", "{ not json");
    SealVerification v = verify();
    assertThat(v.sealed()).isTrue();
    assertThat(v.chainProblems()).singleElement().asString().contains("not JSON");
    assertThat(states(v).values()).containsOnly(FileState.ADDED);
  }
}
