package tw.coloaudit.model.seal;

import java.util.List;

/**
 * The result of checking a pack against its seal: whether a seal was found, whether its own hash
 * and its chain to the previous seals hold, what its signature shows, and every file's state, sorted
 * by path.
 *
 * @param sealed whether the pack holds a seal at all (everything else is empty when not)
 * @param sealedAt when the seal was made, ISO-8601 with offset, as the seal states it
 * @param sealSha256 the seal's own hash as recomputed from its content
 * @param chainLength how many seals the chain holds, the current one included
 * @param hashValid whether the seal's recorded hash equals the recomputed one
 * @param chainProblems why the chain does not hold (empty when it does), in English
 * @param signerKeySha256 hex SHA-256 of the signer's public key (X.509 encoding), or null
 */
public record SealVerification(
    boolean sealed,
    String sealedAt,
    String sealSha256,
    int chainLength,
    boolean hashValid,
    List<String> chainProblems,
    SignatureState signature,
    String signerKeySha256,
    List<FileCheck> files) {

  /** The evidence kind a sealed pack counts as having, as CONTROLS.md names it for LOG-INTEGRITY. */
  public static final String EVIDENCE_KIND = "the pack's seal";

  public SealVerification {
    chainProblems = List.copyOf(chainProblems);
    files = List.copyOf(files);
  }

  /** The result for a pack that holds no seal. */
  public static SealVerification unsealed() {
    return new SealVerification(false, null, null, 0, false, List.of(), SignatureState.UNSIGNED, null, List.of());
  }

  public boolean chainValid() {
    return chainProblems.isEmpty();
  }

  /** The files in a state other than valid. */
  public List<FileCheck> changed() {
    return files.stream().filter(f -> f.state() != FileState.VALID).toList();
  }

  /**
   * Whether the pack verifies: sealed, the seal's hash and chain hold, the signature (if any) is
   * valid, and every file is as sealed.
   */
  public boolean verifies() {
    return sealed
        && hashValid
        && chainValid()
        && (signature == SignatureState.UNSIGNED || signature == SignatureState.VALID)
        && changed().isEmpty();
  }
}
