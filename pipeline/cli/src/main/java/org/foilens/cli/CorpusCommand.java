package org.foilens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.foilens.corpus.CorpusRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foilens corpus render}: rebuild the corpus's PDFs from their text sources. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Work on the bundled corpus of the project's own documents.",
    subcommands = {CorpusCommand.Render.class})
final class CorpusCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "render",
      mixinStandardHelpOptions = true,
      description = {
        "Render the notices (*.notice.txt) and response letters (*.letter.txt) of the corpus to",
        "PDF, byte for byte the same each time, and the held-out notices of heldout/ if there.",
        "Run it after editing a source."
      })
  static final class Render implements Callable<Integer> {

    @Option(
        names = "--corpus",
        paramLabel = "DIR",
        defaultValue = "corpus",
        description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      List<Path> written = new ArrayList<>();
      written.addAll(
          CorpusRenderer.renderAll(corpus.resolve("notices/src"), corpus.resolve("notices")));
      written.addAll(
          CorpusRenderer.renderLetters(
              corpus.resolve("threads/src"), corpus.resolve("threads/src")));
      Path heldOut = corpus.resolve("heldout/notices/src");
      if (Files.isDirectory(heldOut)) {
        written.addAll(CorpusRenderer.renderAll(heldOut, corpus.resolve("heldout/notices")));
      }
      PrintWriter out = spec.commandLine().getOut();
      written.forEach(p -> out.println("wrote " + p));
      return 0;
    }
  }
}
