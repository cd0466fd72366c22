package tw.coloaudit.cli;

import picocli.CommandLine.Option;
import tw.coloaudit.store.RunStore;
import tw.coloaudit.store.StoreLocation;

/** The {@code --store} option the commands that use run history share. */
final class StoreOption {

  @Option(names = "--store", paramLabel = "FILE|JDBC-URL",
      description = {"查核紀錄庫：SQLite 檔案或 jdbc:postgresql://… / run store: an SQLite file or jdbc:postgresql://…",
          "(default: $COLOAUDIT_STORE, else $XDG_DATA_HOME/coloaudit/runs.db, else ~/.local/share/coloaudit/runs.db)"})
  String store;

  String location() {
    return store != null ? store : StoreLocation.defaultLocation();
  }

  RunStore open() {
    return RunStore.open(location());
  }
}
