package tw.coloaudit.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import tw.coloaudit.engine.ProgressListener;

/** A progress bar on the terminal while files are read; used only when output is a terminal. */
final class TerminalProgress implements ProgressListener, AutoCloseable {

  private ProgressBar bar;

  @Override
  public synchronized void started(int files) {
    bar =
        new ProgressBarBuilder()
            .setTaskName("讀取證據 reading")
            .setInitialMax(files)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" files", 1)
            .setUpdateIntervalMillis(200)
            .continuousUpdate()
            .build();
  }

  @Override
  public synchronized void fileDone(String path) {
    if (bar != null) bar.step();
  }

  @Override
  public synchronized void finished() {
    close();
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
