package tw.coloaudit.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tw.coloaudit.evidence.pack.EvidenceFile;
import tw.coloaudit.evidence.pack.EvidencePack;
import tw.coloaudit.evidence.pack.Glob;
import tw.coloaudit.evidence.pack.ManifestException;
import tw.coloaudit.evidence.pack.ManifestIssue;
import tw.coloaudit.evidence.pack.ManifestReader;
import tw.coloaudit.evidence.pack.PackIssue;
import tw.coloaudit.evidence.seal.PackSeals;
import tw.coloaudit.evidence.seal.Seal;
import tw.coloaudit.evidence.spi.EvidenceParser;
import tw.coloaudit.evidence.spi.InputLimits;
import tw.coloaudit.evidence.text.BoundedLineReader;
import tw.coloaudit.evidence.spi.Sample;
import tw.coloaudit.evidence.spi.UnreadableFileException;
import tw.coloaudit.evidence.spi.YearBound;
import tw.coloaudit.facts.Reduction;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import tw.coloaudit.facts.EvidencePresence;
import tw.coloaudit.model.FileEntry;
import tw.coloaudit.model.InputFile;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Localized;
import tw.coloaudit.model.Manifest;
import tw.coloaudit.model.Problem;
import tw.coloaudit.model.SystemScoped;
import tw.coloaudit.model.seal.SealVerification;

/**
 * Reads a pack: the manifest, every listed file through the parser that fits it (files in
 * parallel), with every line accounted for; then the unused files and the paths that matched
 * nothing.
 */
final class Ingestor {

  private final ParserCatalog parsers;
  private final List<Reduction<?>> reductions;
  private final Map<Class<?>, List<Reduction<?>>> reductionsByType = new HashMap<>();
  private final int threads;
  private final ProgressListener progress;
  private final InputLimits limits;

  Ingestor(ParserCatalog parsers, List<Reduction<?>> reductions, int threads, ProgressListener progress) {
    this(parsers, reductions, threads, progress, InputLimits.DEFAULT);
  }

  Ingestor(
      ParserCatalog parsers, List<Reduction<?>> reductions, int threads, ProgressListener progress, InputLimits limits) {
    this.limits = limits;
    this.parsers = parsers;
    this.reductions = List.copyOf(reductions);
    for (Reduction<?> r : reductions) {
      for (Class<?> type : r.recordTypes()) reductionsByType.computeIfAbsent(type, k -> new ArrayList<>()).add(r);
    }
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  Ingestion ingest(Path location) {
    if (!Files.exists(location)) {
      throw new AuditException("找不到證據包 no such evidence pack: " + location);
    }
    try (EvidencePack pack = EvidencePack.open(location, limits)) {
      return ingest(pack);
    } catch (IOException e) {
      throw new AuditException("無法讀取證據包 cannot read the evidence pack " + location + ": " + e.getMessage(), e);
    }
  }

  private Ingestion ingest(EvidencePack pack) throws IOException {
    if (!pack.contains(EvidencePack.MANIFEST)) {
      throw new AuditException("證據包根目錄沒有 evidence.yaml / no evidence.yaml at the root of " + pack.location());
    }
    ManifestReader.Result read;
    try {
      read = ManifestReader.read(pack);
    } catch (ManifestException e) {
      throw new AuditException(e.getMessage(), e);
    }
    Manifest manifest = read.manifest();
    List<Problem> problems = new ArrayList<>();
    for (PackIssue issue : pack.issues()) problems.add(issue.toProblem());
    for (ManifestIssue issue : read.issues()) problems.add(issue.toProblem());

    // Which file each entry lists; a file listed twice is read under its first entry.
    Map<String, FileEntry> jobs = new LinkedHashMap<>();
    for (FileEntry entry : manifest.files()) {
      List<String> matched = new ArrayList<>();
      for (String f : Glob.of(entry.path()).filter(pack.files())) {
        if (!f.equals(EvidencePack.MANIFEST) && !Seal.isSealPath(f)) matched.add(f);
      }
      if (matched.isEmpty()) {
        problems.add(
            new Problem(
                "missing",
                entry.path(),
                Localized.of(
                    "清單第 " + entry.manifestLine() + " 行所列路徑 " + entry.path() + "（" + entry.kind() + "）沒有對應的檔案。",
                    "evidence.yaml line " + entry.manifestLine() + ": " + entry.path() + " (" + entry.kind() + ") matches no file in the pack.")));
      }
      for (String f : matched) {
        FileEntry first = jobs.putIfAbsent(f, entry);
        if (first != null && first != entry) {
          problems.add(
              new Problem(
                  "manifest",
                  f,
                  Localized.of(
                      f + " 同時符合清單第 " + first.manifestLine() + " 行與第 " + entry.manifestLine() + " 行，以第 " + first.manifestLine() + " 行為準。",
                      f + " matches evidence.yaml lines " + first.manifestLine() + " and " + entry.manifestLine() + "; read as line " + first.manifestLine() + " says.")));
        }
      }
    }
    for (String f : pack.files()) {
      if (!f.equals(EvidencePack.MANIFEST) && !Seal.isSealPath(f) && !jobs.containsKey(f)) {
        problems.add(
            new Problem(
                "unused",
                f,
                Localized.of("檔案 " + f + " 未列於 evidence.yaml，未使用。", "File " + f + " is not listed in evidence.yaml and was not used.")));
      }
    }

    List<FileOutcome> outcomes = readAll(pack, manifest, jobs);

    Map<Class<?>, List<Object>> records = new LinkedHashMap<>();
    List<InputReport> inputs = new ArrayList<>();
    Set<String> kinds = new LinkedHashSet<>();
    Map<String, Set<String>> systemsByKind = new TreeMap<>();
    for (FileOutcome o : outcomes) {
      inputs.add(o.report());
      problems.addAll(o.problems());
      kinds.add(o.entry().kind());
      Set<String> systems = systemsByKind.computeIfAbsent(o.entry().kind(), k -> new LinkedHashSet<>());
      if (o.entry().system() != null) systems.add(o.entry().system());
      if (o.entry().device() != null) systems.add(o.entry().device());
      // Controls that judge files themselves (backups by name and hash) read this record.
      records.computeIfAbsent(InputFile.class, k -> new ArrayList<>()).add(new InputFile(
          o.report().file(), o.entry().kind(), o.report().format(), o.entry().system(), o.entry().device(), o.report().sha256()));
      systems.addAll(o.foldedSystems());
      for (Object r : o.records()) {
        records.computeIfAbsent(r.getClass(), k -> new ArrayList<>()).add(r);
        if (r instanceof SystemScoped s && s.system() != null) systems.add(s.system());
      }
    }
    // The seal is evidence about the pack itself: checked here, judged by LOG-INTEGRITY.
    SealVerification seal = PackSeals.verify(pack, null);
    records.put(SealVerification.class, new ArrayList<>(List.of(seal)));
    if (seal.sealed()) kinds.add(SealVerification.EVIDENCE_KIND);
    Map<Class<?>, Object> reduced = new HashMap<>();
    for (Reduction<?> r : reductions) reduced.put(r.factType(), mergeAll(r, outcomes));
    Map<Class<?>, List<?>> frozen = new HashMap<>();
    records.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    Map<String, Set<String>> frozenSystems = new HashMap<>();
    systemsByKind.forEach((k, v) -> frozenSystems.put(k, Set.copyOf(v)));
    return new Ingestion(
        manifest, frozen, reduced, inputs, problems, new EvidencePresence(kinds, frozenSystems), pack.packSha256());
  }

  @SuppressWarnings("unchecked")
  private static <F> F mergeAll(Reduction<F> r, List<FileOutcome> outcomes) {
    F all = r.empty();
    for (FileOutcome o : outcomes) {
      Object partial = o.partials().get(r);
      if (partial != null) r.merge(all, (F) partial);
    }
    return all;
  }

  private List<FileOutcome> readAll(EvidencePack pack, Manifest manifest, Map<String, FileEntry> jobs) throws IOException {
    progress.started(jobs.size());
    // Files of one entry that rotate together are read in sequence, newest first, so each can be
    // bounded by the next newer one; everything else is read in parallel.
    Map<FileEntry, List<String>> byEntry = new LinkedHashMap<>();
    jobs.forEach((path, entry) -> byEntry.computeIfAbsent(entry, e -> new ArrayList<>()).add(path));
    List<List<String>> sequences = new ArrayList<>();
    for (List<String> paths : byEntry.values()) sequences.addAll(RotationSets.group(paths));
    // Largest first, so that the last file read is a small one and no thread waits long for it.
    Map<List<String>, Long> bytes = new java.util.IdentityHashMap<>();
    for (List<String> sequence : sequences) {
      long total = 0;
      for (String path : sequence) {
        try {
          total += pack.size(path);
        } catch (IOException e) {
          // Reported when the file is read.
        }
      }
      bytes.put(sequence, total);
    }
    sequences.sort(java.util.Comparator.comparingLong((List<String> q) -> bytes.get(q)).reversed());

    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "coloaudit-ingest");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<List<FileOutcome>>> futures = new ArrayList<>();
      for (List<String> sequence : sequences) {
        futures.add(pool.submit(() -> {
          List<FileOutcome> done = new ArrayList<>();
          LocalDateTime newerStart = null;
          for (String path : sequence) {
            YearBound bound = bound(path, newerStart, manifest);
            FileOutcome o = readOne(pack, manifest, path, jobs.get(path), bound);
            if (o.firstTime() != null) newerStart = LocalDateTime.ofInstant(o.firstTime(), manifest.timezone());
            done.add(o);
            progress.fileDone(path);
          }
          return done;
        }));
      }
      // The pack's hash covers the files no entry lists too: hashed here beside the reading, not
      // one after another once it is done.
      for (String path : pack.files()) {
        if (jobs.containsKey(path)) continue;
        futures.add(pool.submit(() -> {
          try {
            pack.sha256(path);
          } catch (IOException | java.io.UncheckedIOException e) {
            // The pack's hash names it unreadable.
          }
          return List.of();
        }));
      }
      Map<String, FileOutcome> byPath = new HashMap<>();
      for (Future<List<FileOutcome>> f : futures) {
        try {
          for (FileOutcome o : f.get()) byPath.put(o.report().file(), o);
        } catch (ExecutionException e) {
          throw new IllegalStateException("reading evidence failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AuditException("interrupted", e);
        }
      }
      List<FileOutcome> out = new ArrayList<>();
      for (String path : jobs.keySet()) out.add(byPath.get(path));
      return out;
    } finally {
      pool.shutdownNow();
      progress.finished();
    }
  }

  private static YearBound bound(String path, LocalDateTime newerStart, Manifest manifest) {
    var named = RotationSets.dateInName(path);
    if (named.isPresent()) return new YearBound(named.get().atTime(LocalTime.MAX), "file-name");
    if (newerStart != null) return new YearBound(newerStart, "rotation");
    return new YearBound(manifest.asOf().plusDays(1).atTime(LocalTime.MAX), "as-of");
  }

  private FileOutcome readOne(EvidencePack pack, Manifest manifest, String path, FileEntry entry, YearBound bound)
      throws IOException {
    EvidenceFile file = new EvidenceFile(pack, path, entry);
    FileAccounting acc =
        new FileAccounting(path, entry.system(), entry.device(), manifest.timezone(), manifest.asOf(), bound, reductionsByType,
            limits);
    List<Problem> problems = new ArrayList<>();
    String sha256 = null;
    String encoding = "binary";
    String format = "unknown";
    boolean stopped = false;
    try {
      Sample sample = EvidenceFile.sample(file);
      if (!sample.isZipLike()) {
        var detected = file.detected();
        encoding = detected.name();
        if (detected.warning() != null) {
          acc.warn(0, detected.warning());
        }
      }
      EvidenceParser parser = parsers.choose(entry, sample);
      // The reading below goes through the whole file: it hashes it on the way.
      file.hashWhileReading();
      if (parser == null) {
        if (!parsers.servesKind(entry.kind())) {
          format = "not-audited";
          countLines(file, acc, false, null);
          problems.add(
              new Problem(
                  "warning",
                  path,
                  Localized.of(
                      "本版本沒有控制項讀取證據種類 " + entry.kind() + "，未讀取此檔。",
                      "No control of this version reads evidence of kind " + entry.kind() + "; the file was not read.")));
        } else {
          Localized reason =
              entry.format() != null
                  ? Localized.of(
                      "格式 '" + entry.format() + "' 不是證據種類 " + entry.kind() + " 的格式",
                      "format '" + entry.format() + "' is not a format of kind " + entry.kind())
                  : Localized.of(
                      "證據種類 " + entry.kind() + " 沒有任何格式能辨識此檔",
                      "no " + entry.kind() + " format recognises this file");
          countLines(file, acc, true, reason);
          problems.add(
              new Problem(
                  "unreadable", path, Localized.of("無法辨識檔案格式：" + reason.zh(), "Unreadable: " + reason.en())));
        }
      } else {
        format = parser.format();
        parser.parse(file, acc);
      }
    } catch (IOException | RuntimeException e) {
      stopped = true;
      readingStopped(acc, problems, path, e);
    }
    try {
      // Known already when the reading went to the end; else the file is read for it now.
      sha256 = file.sha256();
    } catch (IOException | RuntimeException e) {
      if (!stopped) readingStopped(acc, problems, path, e);
    }
    for (Localized w : acc.warningMessages()) {
      problems.add(new Problem("warning", path, Localized.of("警告：" + w.zh(), "Warning: " + w.en())));
    }
    InputReport report =
        new InputReport(
            path, entry.kind(), format, encoding, sha256, acc.used(), acc.skippedCount(), acc.rejectedCount(),
            acc.rejects(), acc.warnings(), acc.warningMessages());
    return new FileOutcome(entry, report, acc.records(), acc.partials(), acc.firstTime(), problems, acc.foldedSystems());
  }

  /**
   * Rejects the rest of a file whose reading stopped, with why: in both languages when the evidence
   * readers said so ({@link UnreadableFileException}, however wrapped), else the exception's own
   * words (the JDK's or a library's, in English) after a Chinese lead.
   */
  private static void readingStopped(FileAccounting acc, List<Problem> problems, String path, Exception e) {
    Localized why = null;
    for (Throwable t = e; t != null && why == null; t = t.getCause()) {
      if (t instanceof UnreadableFileException u) why = u.reason();
    }
    if (why == null) {
      String m = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
      why = Localized.of(m, m);
    }
    acc.rejected(0, "檔案讀取中斷：" + why.zh(), "reading stopped: " + why.en());
    problems.add(new Problem("unreadable", path, Localized.of("檔案讀取中斷：" + why.zh(), "Reading stopped: " + why.en())));
  }

  /** Accounts for the lines of a file no parser reads: skipped, or rejected with the reason. */
  private static void countLines(EvidenceFile file, FileAccounting acc, boolean reject, Localized reason) throws IOException {
    if (EvidenceFile.sample(file).isZipLike()) {
      if (reject) acc.rejected(0, reason);
      return;
    }
    try (BoundedLineReader r = new BoundedLineReader(file.openText(), file.pack().limits().maxLineChars())) {
      while (r.next()) {
        int n = r.number();
        if (r.blank()) continue;
        if (reject) {
          acc.rejected(n, reason);
        } else {
          acc.skipped(n);
        }
      }
    }
  }

  private record FileOutcome(
      FileEntry entry,
      InputReport report,
      List<Object> records,
      Map<Reduction<?>, Object> partials,
      Instant firstTime,
      List<Problem> problems,
      Set<String> foldedSystems) {}
}
