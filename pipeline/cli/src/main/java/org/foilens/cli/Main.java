package org.foilens.cli;

import org.foilens.server.ServeCommand;
import org.foilens.server.ServeMain;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code foilens} command: the root of the command tree. */
@Command(
    name = "foilens",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Ingest, tag, index and search UK Freedom of Information material.",
    subcommands = {
      AnalyzeCommand.class,
      IngestCommand.class,
      StatusCommand.class,
      FailuresCommand.class,
      SearchCommand.class,
      EvalCommand.class,
      CorpusCommand.class,
      TrainCommand.class,
      BenchCommand.class,
      FetchCommand.class,
      SolrCommand.class,
      RebuildCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "The launcher also takes: ./foilens test [MAVEN ARGS]   (runs the test suite)",
      "Run 'foilens COMMAND --help' for a command's options."
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static CommandLine commandLine() {
    return ServeMain.withOneLineErrors(new CommandLine(new Main()));
  }

  public static void main(String[] args) {
    ServeMain.routeLogging();
    System.exit(commandLine().execute(args));
  }
}
