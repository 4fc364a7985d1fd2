package org.foilens.cli;

import java.util.ServiceLoader;
import org.slf4j.bridge.SLF4JBridgeHandler;
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
    CommandLine cl = new CommandLine(new Main());
    for (CommandPlugin plugin : ServiceLoader.load(CommandPlugin.class)) {
      cl.addSubcommand(plugin.command());
    }
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("foilens: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return 1;
        });
    return cl;
  }

  public static void main(String[] args) {
    // Lucene and Jetty log through java.util.logging; send that to SLF4J and logback.xml too.
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    System.exit(commandLine().execute(args));
  }
}
