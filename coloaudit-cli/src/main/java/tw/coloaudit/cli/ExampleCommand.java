package tw.coloaudit.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tw.coloaudit.example.ExamplePack;

/** {@code coloaudit example DIR}: writes the example evidence pack. */
@Command(name = "example", description = {"產生範例證據包（含預埋缺失）。", "Write the example evidence pack, with planted deficiencies."})
public final class ExampleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "輸出目錄 / directory to write the pack into")
  Path dir;

  @Option(names = "--answer-key", paramLabel = "FILE", description = "另存預埋缺失清單 / also write the answer key (JSON) here")
  Path answerKey;

  @Override
  public Integer call() throws Exception {
    ExamplePack.write(dir);
    if (answerKey != null) {
      Files.writeString(answerKey, ExamplePack.answerKeyJson(), StandardCharsets.UTF_8);
    }
    spec.commandLine().getOut().printf("範例證據包已寫入 example pack written: %s%n", dir);
    return 0;
  }
}
