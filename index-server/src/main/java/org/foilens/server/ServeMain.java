package org.foilens.server;

import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/**
 * {@code foilens serve} on the server's own class path: the launcher starts it here, without the
 * analysis chain (Tika, PDFBox, OpenNLP) that the rest of the command line carries.
 */
public final class ServeMain {

  private ServeMain() {}

  /**
   * A command line whose failures print one line for people ({@code foilens: index not found: x})
   * and exit 1, not a stack trace.
   */
  public static CommandLine withOneLineErrors(CommandLine cl) {
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine
              .getErr()
              .println("foilens: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return 1;
        });
    return cl;
  }

  /** Sends java.util.logging (Lucene, Jetty) to SLF4J and logback.xml. */
  public static void routeLogging() {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }

  public static void main(String[] args) {
    routeLogging();
    System.exit(
        withOneLineErrors(new CommandLine(new ServeCommand()).setCommandName("foilens serve"))
            .execute(args));
  }
}
