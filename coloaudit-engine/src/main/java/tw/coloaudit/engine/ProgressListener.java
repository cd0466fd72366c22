package tw.coloaudit.engine;

/** Told how ingestion advances, so a terminal can show progress; called from worker threads. */
public interface ProgressListener {

  ProgressListener NONE = new ProgressListener() {};

  /** Ingestion of {@code files} files is about to start. */
  default void started(int files) {}

  /** One more file has been read. */
  default void fileDone(String path) {}

  default void finished() {}
}
