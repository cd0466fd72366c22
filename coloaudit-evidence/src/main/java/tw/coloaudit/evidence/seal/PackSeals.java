package tw.coloaudit.evidence.seal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tw.coloaudit.evidence.pack.EvidencePack;
import tw.coloaudit.model.seal.FileCheck;
import tw.coloaudit.model.seal.FileState;
import tw.coloaudit.model.seal.SealVerification;
import tw.coloaudit.model.seal.SignatureState;

/**
 * Seals a pack directory (every file's SHA-256 and size, chained to the previous seal, optionally
 * signed) and verifies a pack, directory or zip, against its seal.
 */
public final class PackSeals {

  private static final Pattern HISTORY_FILE = Pattern.compile("\\d{4,}\\.json");
  private static final String ALGORITHM = "Ed25519";

  private PackSeals() {}

  /** A pack that cannot be sealed as asked. */
  public static final class SealException extends IOException {
    private static final long serialVersionUID = 1L;

    public SealException(String message) {
      super(message);
    }
  }

  /**
   * Seals the directory {@code dir}: the current seal, if any, moves to the history and the new one
   * names its hash as {@code previous}.
   *
   * @param key the Ed25519 key to sign with, or null for an unsigned seal
   */
  public static Seal seal(Path dir, OffsetDateTime at, String toolVersion, PrivateKey key)
      throws IOException, GeneralSecurityException {
    if (!Files.isDirectory(dir)) throw new SealException("只能封存目錄 only a directory can be sealed: " + dir);
    List<Seal.SealedFile> files = new ArrayList<>();
    String previous = null;
    Seal current = null;
    List<String> history;
    try (EvidencePack pack = EvidencePack.open(dir)) {
      for (String f : pack.files()) {
        if (!Seal.isSealPath(f)) files.add(new Seal.SealedFile(f, pack.sha256(f), pack.size(f)));
      }
      if (pack.contains(Seal.CURRENT)) {
        try (InputStream in = pack.open(Seal.CURRENT)) {
          current = SealJson.read(in, Seal.CURRENT);
        }
        previous = current.computeSha256();
        if (!previous.equals(current.sealSha256())) {
          throw new SealException(
              "現有封存的雜湊與內容不符，不予串接 the current seal's hash does not match its content; not chaining to it: "
                  + Seal.CURRENT);
        }
      }
      history = historyFiles(pack);
    }
    Seal unsigned = new Seal(Seal.SCHEMA, at.toString(), "coloaudit", toolVersion, previous, files, null, null);
    String sha = unsigned.computeSha256();
    Seal.Signature signature = null;
    if (key != null) {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(key);
      s.update(unsigned.canonicalBody());
      signature = new Seal.Signature(
          ALGORITHM,
          Base64.getEncoder().encodeToString(Ed25519Keys.publicOf(key).getEncoded()),
          Base64.getEncoder().encodeToString(s.sign()));
    }
    Seal seal = new Seal(Seal.SCHEMA, unsigned.sealedAt(), "coloaudit", toolVersion, previous, files, sha, signature);
    Path root = dir.resolve(Seal.DIR);
    if (current != null) {
      Path hist = dir.resolve(Seal.HISTORY);
      Files.createDirectories(hist);
      Path target = hist.resolve(String.format(java.util.Locale.ROOT, "%04d.json", history.size() + 1));
      Files.copy(dir.resolve(Seal.CURRENT), target, StandardCopyOption.COPY_ATTRIBUTES);
    }
    Files.createDirectories(root);
    Path tmp = root.resolve("seal.json.tmp");
    Files.write(tmp, SealJson.write(seal));
    Files.move(tmp, dir.resolve(Seal.CURRENT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return seal;
  }

  /**
   * Checks a pack against its seal.
   *
   * @param trusted the public key the seal must be signed with, or null to accept the seal's own key
   */
  public static SealVerification verify(EvidencePack pack, PublicKey trusted) throws IOException {
    if (!pack.contains(Seal.CURRENT)) return SealVerification.unsealed();
    Seal seal;
    try (InputStream in = pack.open(Seal.CURRENT)) {
      seal = SealJson.read(in, Seal.CURRENT);
    } catch (SealJson.BadSealException e) {
      // A seal that cannot be read seals nothing: every file counts as added.
      List<FileCheck> added = new ArrayList<>();
      for (String path : pack.files()) {
        if (!Seal.isSealPath(path)) {
          added.add(new FileCheck(path, FileState.ADDED, null, -1, pack.sha256(path), pack.size(path)));
        }
      }
      return new SealVerification(true, null, null, 1, false, List.of(e.getMessage()), SignatureState.UNSIGNED, null, added);
    }
    String computed = seal.computeSha256();
    boolean hashValid = computed.equals(seal.sealSha256());

    List<String> chain = new ArrayList<>();
    String expectedPrevious = null;
    List<String> history = historyFiles(pack);
    for (String h : history) {
      Seal old;
      try (InputStream in = pack.open(h)) {
        old = SealJson.read(in, h);
      } catch (SealJson.BadSealException e) {
        chain.add(e.getMessage());
        expectedPrevious = "?";
        continue;
      }
      String oldHash = old.computeSha256();
      if (!oldHash.equals(old.sealSha256())) chain.add(h + ": its seal_sha256 does not match its content");
      if (!equalsOrUnknown(expectedPrevious, old.previous())) {
        chain.add(h + ": previous " + old.previous() + " is not the hash of the seal before it (" + expectedPrevious + ")");
      }
      if (old.signature() != null && signatureState(old, null) != SignatureState.VALID) {
        chain.add(h + ": its signature does not verify");
      }
      expectedPrevious = oldHash;
    }
    if (!equalsOrUnknown(expectedPrevious, seal.previous())) {
      chain.add(
          expectedPrevious == null
              ? Seal.CURRENT + ": names a previous seal " + seal.previous() + " that is not in " + Seal.HISTORY
              : Seal.CURRENT + ": previous " + seal.previous() + " is not the hash of the last seal in " + Seal.HISTORY
                  + " (" + expectedPrevious + ")");
    }

    SignatureState signature = signatureState(seal, trusted);
    String signer = null;
    if (seal.signature() != null) {
      try {
        signer = Ed25519Keys.fingerprint(
            Ed25519Keys.decodePublic(Base64.getDecoder().decode(seal.signature().publicKey())));
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        signer = null;
      }
    }

    Map<String, Seal.SealedFile> sealed = new LinkedHashMap<>();
    for (Seal.SealedFile f : seal.files()) sealed.put(f.path(), f);
    Map<String, FileCheck> checks = new TreeMap<>();
    for (String path : pack.files()) {
      if (Seal.isSealPath(path)) continue;
      String sha = pack.sha256(path);
      long size = pack.size(path);
      Seal.SealedFile s = sealed.get(path);
      if (s == null) {
        checks.put(path, new FileCheck(path, FileState.ADDED, null, -1, sha, size));
      } else {
        FileState st = s.sha256().equalsIgnoreCase(sha) && s.size() == size ? FileState.VALID : FileState.MODIFIED;
        checks.put(path, new FileCheck(path, st, s.sha256(), s.size(), sha, size));
      }
    }
    for (Seal.SealedFile s : seal.files()) {
      if (!checks.containsKey(s.path())) {
        checks.put(s.path(), new FileCheck(s.path(), FileState.MISSING, s.sha256(), s.size(), null, -1));
      }
    }
    return new SealVerification(
        true, seal.sealedAt(), computed, history.size() + 1, hashValid, chain, signature, signer,
        new ArrayList<>(checks.values()));
  }

  private static boolean equalsOrUnknown(String expected, String actual) {
    if ("?".equals(expected)) return true;
    return expected == null ? actual == null : expected.equals(actual);
  }

  private static SignatureState signatureState(Seal seal, PublicKey trusted) {
    Seal.Signature sig = seal.signature();
    if (sig == null) return SignatureState.UNSIGNED;
    try {
      if (!ALGORITHM.equals(sig.algorithm())) return SignatureState.INVALID;
      PublicKey key = Ed25519Keys.decodePublic(Base64.getDecoder().decode(sig.publicKey()));
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(key);
      s.update(seal.canonicalBody());
      if (!s.verify(Base64.getDecoder().decode(sig.value()))) return SignatureState.INVALID;
      if (trusted != null && !Arrays.equals(trusted.getEncoded(), key.getEncoded())) return SignatureState.UNTRUSTED_KEY;
      return SignatureState.VALID;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return SignatureState.INVALID;
    }
  }

  /** The history seals of a pack, oldest first. */
  private static List<String> historyFiles(EvidencePack pack) {
    List<String> out = new ArrayList<>();
    for (String f : pack.files()) {
      if (f.startsWith(Seal.HISTORY) && HISTORY_FILE.matcher(f.substring(Seal.HISTORY.length())).matches()) out.add(f);
    }
    out.sort((a, b) -> {
      String na = a.substring(Seal.HISTORY.length()).replace(".json", "");
      String nb = b.substring(Seal.HISTORY.length()).replace(".json", "");
      return Long.compare(Long.parseLong(na), Long.parseLong(nb));
    });
    return out;
  }
}
