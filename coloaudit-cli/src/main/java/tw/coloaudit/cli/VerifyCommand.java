package tw.coloaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tw.coloaudit.evidence.pack.EvidencePack;
import tw.coloaudit.evidence.seal.Ed25519Keys;
import tw.coloaudit.evidence.seal.PackSeals;
import tw.coloaudit.model.seal.FileCheck;
import tw.coloaudit.model.seal.FileState;
import tw.coloaudit.model.seal.SealVerification;
import tw.coloaudit.model.seal.SignatureState;

/** {@code coloaudit verify PACK}: each file valid, modified, missing or added; the seal's hash, chain and signature. */
@Command(
    name = "verify",
    description = {"驗證證據包封存：逐檔比對，並檢查封存雜湊、串鏈與簽章。",
        "Verify a pack (directory or .zip) against its seal: every file, the seal's hash, chain and signature."})
public final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PACK", description = "證據包目錄或 .zip / evidence pack directory or .zip")
  Path pack;

  @Option(names = "--public-key", paramLabel = "KEY.pem",
      description = "須由此公鑰簽章 / require a signature by this Ed25519 public key (PEM)")
  Path publicKey;

  @Option(names = "--all", description = "列出所有檔案（預設只列出有變動者）/ list every file, not only the changed ones")
  boolean all;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.exists(pack)) {
      spec.commandLine().getErr().println("找不到證據包 no such evidence pack: " + pack);
      return Main.EXIT_UNUSABLE;
    }
    PublicKey trusted = publicKey == null ? null : Ed25519Keys.readPublic(publicKey);
    SealVerification v;
    try (EvidencePack p = EvidencePack.open(pack)) {
      v = PackSeals.verify(p, trusted);
    }
    if (!v.sealed()) {
      out.println("未封存 NOT SEALED: 證據包沒有 .coloaudit/seal.json / the pack holds no .coloaudit/seal.json");
      return Main.EXIT_FINDINGS;
    }
    out.printf("封存時間 Sealed at %s, 串鏈 chain of %d seal(s), 封存雜湊 seal SHA-256 %s%n", v.sealedAt(), v.chainLength(), v.sealSha256());
    out.printf("封存雜湊 Seal hash: %s%n", v.hashValid() ? "valid" : "INVALID (does not match the seal's content)");
    out.printf("串鏈 Chain: %s%n", v.chainValid() ? "valid" : "BROKEN");
    for (String p : v.chainProblems()) out.println("  " + p);
    out.printf("簽章 Signature: %s%s%n", label(v.signature()),
        v.signerKeySha256() == null ? "" : " (key SHA-256 " + v.signerKeySha256() + ")");
    int[] n = new int[FileState.values().length];
    for (FileCheck f : v.files()) {
      n[f.state().ordinal()]++;
      if (all || f.state() != FileState.VALID) out.printf("  %-8s %s%n", f.state().id(), f.path());
    }
    out.printf("檔案 Files: %d valid, %d modified, %d missing, %d added%n",
        n[0], n[FileState.MODIFIED.ordinal()], n[FileState.MISSING.ordinal()], n[FileState.ADDED.ordinal()]);
    out.println(v.verifies() ? "結果 Result: 驗證通過 VERIFIED" : "結果 Result: 驗證未通過 NOT VERIFIED");
    return v.verifies() ? Main.EXIT_CLEAN : Main.EXIT_FINDINGS;
  }

  private static String label(SignatureState s) {
    return switch (s) {
      case UNSIGNED -> "unsigned 未簽章";
      case VALID -> "valid 有效";
      case INVALID -> "INVALID 無效";
      case UNTRUSTED_KEY -> "UNEXPECTED KEY 非指定金鑰";
    };
  }
}
