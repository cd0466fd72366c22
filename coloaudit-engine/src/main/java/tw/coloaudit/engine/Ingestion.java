package tw.coloaudit.engine;

import java.util.List;
import java.util.Map;
import tw.coloaudit.facts.EvidencePresence;
import tw.coloaudit.model.InputReport;
import tw.coloaudit.model.Manifest;
import tw.coloaudit.model.Problem;

/** What reading a pack produced: the manifest, the records by type, the per-file accounting, the problems. */
record Ingestion(
    Manifest manifest,
    Map<Class<?>, List<?>> records,
    Map<Class<?>, Object> reduced,
    List<InputReport> inputs,
    List<Problem> problems,
    EvidencePresence presence,
    String packSha256) {}
