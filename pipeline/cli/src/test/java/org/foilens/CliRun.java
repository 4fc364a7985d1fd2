package org.foilens;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.foilens.cli.Main;
import picocli.CommandLine;

/** Runs a {@code foilens} command in this JVM and keeps its exit code, output and errors. */
public final class CliRun {

  /** What a command did. */
  public record Result(int exit, String out, String err) {}

  private CliRun() {}

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
