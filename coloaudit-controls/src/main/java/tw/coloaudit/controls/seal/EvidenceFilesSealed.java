package tw.coloaudit.controls.seal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.coloaudit.controls.AuditControl;
import tw.coloaudit.controls.AuditInput;
import tw.coloaudit.controls.Control;
import tw.coloaudit.controls.Evaluation;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Provenance;
import tw.coloaudit.model.Severity;
import tw.coloaudit.model.Subject;
import tw.coloaudit.model.seal.FileCheck;
import tw.coloaudit.model.seal.SealVerification;
import tw.coloaudit.model.seal.SignatureState;

/** LOG-INTEGRITY: the pack is sealed, its seal and seal chain verify, and no file changed since sealing. */
@Control(
    id = "LOG-INTEGRITY",
    family = "logs",
    pattern = 7,
    titleZh = "證據檔案封存且未經變更",
    titleEn = "Evidence files sealed and unchanged",
    checksZh = "證據包須經封存（coloaudit seal：每個檔案的 SHA-256 與大小，串接前次封存，可附 Ed25519 簽章）。"
        + "封存本身的雜湊、封存串鏈與簽章須驗證無誤，且每個檔案與封存時相同：封存後變更、遺失或新增的檔案各列一項缺失。"
        + "未封存的證據包為證據不足。",
    checksEn = "The pack must be sealed (coloaudit seal: every file's SHA-256 and size, chained to the previous seal, "
        + "optionally signed with Ed25519). The seal's own hash, the chain of seals and the signature must verify, and "
        + "every file must be as sealed: each file modified, missing or added since sealing is a finding. An unsealed "
        + "pack is insufficient evidence.",
    severity = Severity.HIGH,
    refs = {"CC-18000", "TWSE 2020-12-31 co-location audit findings, pattern 7"},
    requires = {SealVerification.EVIDENCE_KIND},
    subjects = {"file"})
public final class EvidenceFilesSealed implements AuditControl {

  /** Where the current seal lives in a pack (docs/SEALING.md). */
  static final String SEAL_FILE = ".coloaudit/seal.json";

  @Override
  public void evaluate(AuditInput in, Evaluation out) {
    List<SealVerification> found = in.facts().records(SealVerification.class);
    if (found.isEmpty() || !found.get(0).sealed()) return;
    SealVerification v = found.get(0);
    out.observe("sealed_at", v.sealedAt());
    out.observe("seal_sha256", v.sealSha256());
    out.observe("chain_length", v.chainLength());
    out.observe("signature", v.signature().id());
    if (v.signerKeySha256() != null) out.observe("signer_key_sha256", v.signerKeySha256());
    out.observe("files_sealed", v.files().stream().filter(f -> f.sealedSha256() != null).count());

    checkSeal(v, out);
    for (FileCheck f : v.files()) {
      Subject subject = Subject.of("file", f.path());
      switch (f.state()) {
        case VALID -> out.pass(subject);
        case MODIFIED -> out.fail(
            subject,
            Localized.of(
                "檔案 " + f.path() + " 於封存後遭變更：封存時 " + f.sealedSize() + " 位元組、SHA-256 " + f.sealedSha256()
                    + "，現為 " + f.actualSize() + " 位元組、SHA-256 " + f.actualSha256() + "。",
                "File " + f.path() + " changed after sealing: sealed at " + f.sealedSize() + " bytes, SHA-256 "
                    + f.sealedSha256() + "; now " + f.actualSize() + " bytes, SHA-256 " + f.actualSha256() + "."),
            observed(f),
            List.of(Provenance.file(f.path()), Provenance.file(SEAL_FILE)));
        case MISSING -> out.fail(
            subject,
            Localized.of(
                "檔案 " + f.path() + " 已封存，但已不在證據包中。",
                "File " + f.path() + " was sealed but is no longer in the pack."),
            observed(f),
            List.of(Provenance.file(SEAL_FILE)));
        case ADDED -> out.fail(
            subject,
            Localized.of(
                "檔案 " + f.path() + " 未經封存（於封存後加入）。",
                "File " + f.path() + " is not covered by the seal (added after sealing)."),
            observed(f),
            List.of(Provenance.file(f.path())));
      }
    }
  }

  /** The seal file itself fails when its hash, its chain or its signature does not hold. */
  private static void checkSeal(SealVerification v, Evaluation out) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (!v.hashValid()) {
      zh.add("封存所記載之雜湊與其內容不符");
      en.add("its recorded hash does not match its content");
    }
    if (!v.chainValid()) {
      zh.add("封存串鏈不連續（" + String.join("；", v.chainProblems()) + "）");
      en.add("the chain of seals is broken (" + String.join("; ", v.chainProblems()) + ")");
    }
    if (v.signature() == SignatureState.INVALID) {
      zh.add("簽章驗證失敗");
      en.add("its signature does not verify");
    } else if (v.signature() == SignatureState.UNTRUSTED_KEY) {
      zh.add("簽章金鑰非預期之金鑰");
      en.add("it is signed with an unexpected key");
    }
    Subject subject = Subject.of("file", SEAL_FILE);
    if (zh.isEmpty()) {
      out.pass(subject);
      return;
    }
    Map<String, Object> observed = new LinkedHashMap<>();
    observed.put("hash_valid", v.hashValid());
    observed.put("chain_problems", v.chainProblems());
    observed.put("signature", v.signature().id());
    out.fail(
        subject,
        Localized.of("封存檔 " + SEAL_FILE + " 無法驗證：" + String.join("；", zh) + "。",
            "The seal " + SEAL_FILE + " does not verify: " + String.join("; ", en) + "."),
        observed,
        List.of(Provenance.file(SEAL_FILE)));
  }

  private static Map<String, Object> observed(FileCheck f) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("state", f.state().id());
    if (f.sealedSha256() != null) {
      o.put("sealed_sha256", f.sealedSha256());
      o.put("sealed_size", f.sealedSize());
    }
    if (f.actualSha256() != null) {
      o.put("sha256", f.actualSha256());
      o.put("size", f.actualSize());
    }
    return o;
  }
}
