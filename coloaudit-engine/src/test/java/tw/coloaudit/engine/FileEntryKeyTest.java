package tw.coloaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.coloaudit.model.FileEntry;

/** Manifest entries key the ingestion's maps: entries alike in every field are one key, any difference another. */
class FileEntryKeyTest {

  private static FileEntry entry(String path, String kind, String sheet, int line) {
    return new FileEntry(path, kind, "csv", "UTF-8", "core", null, sheet, line);
  }

  @Test
  void entriesAlikeInEveryFieldAreOneKey() {
    Map<FileEntry, String> byEntry = new HashMap<>();
    byEntry.put(entry("orders/*.csv", "client-orders", null, 7), "first");
    byEntry.put(entry("orders/*.csv", "client-orders", null, 7), "second");
    assertThat(byEntry).hasSize(1).containsValue("second");
    assertThat(entry("a", "b", "s", 1)).isEqualTo(entry("a", "b", "s", 1)).hasSameHashCodeAs(entry("a", "b", "s", 1));
  }

  @Test
  void anyFieldTellsEntriesApart() {
    FileEntry base = entry("orders/*.csv", "client-orders", "Sheet1", 7);
    assertThat(base)
        .isNotEqualTo(entry("orders/other.csv", "client-orders", "Sheet1", 7))
        .isNotEqualTo(entry("orders/*.csv", "exchange-orders", "Sheet1", 7))
        .isNotEqualTo(entry("orders/*.csv", "client-orders", null, 7))
        .isNotEqualTo(entry("orders/*.csv", "client-orders", "Sheet1", 8))
        .isNotEqualTo(new FileEntry("orders/*.csv", "client-orders", "xlsx", "UTF-8", "core", null, "Sheet1", 7))
        .isNotEqualTo(new FileEntry("orders/*.csv", "client-orders", "csv", "Big5", "core", null, "Sheet1", 7))
        .isNotEqualTo(new FileEntry("orders/*.csv", "client-orders", "csv", "UTF-8", "other", null, "Sheet1", 7))
        .isNotEqualTo(new FileEntry("orders/*.csv", "client-orders", "csv", "UTF-8", "core", "fw1", "Sheet1", 7))
        .isNotEqualTo(null)
        .isNotEqualTo("orders/*.csv");
    assertThat(base.toString()).contains("orders/*.csv", "client-orders", "Sheet1");
  }
}
