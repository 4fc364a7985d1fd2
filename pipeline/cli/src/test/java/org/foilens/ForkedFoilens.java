package org.foilens;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The foilens command line in a child JVM, on the test's own class path, as a user runs it: a real
 * process that can be killed with SIGKILL.
 */
public final class ForkedFoilens {

  private ForkedFoilens() {}

  /** Starts {@code foilens ARGS...} in {@code workDir}; its stdout and stderr go to {@code log}. */
  public static Process start(Path workDir, Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Dfile.encoding=UTF-8");
    command.add("--enable-native-access=ALL-UNNAMED"); // as the launcher does, for Lucene
    command.add("-Dfoilens.config=" + TestData.root().resolve("config"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.foilens.cli.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Runs {@code foilens ARGS...} to the end and returns its exit code. */
  public static int run(Path workDir, Path log, String... args)
      throws IOException, InterruptedException {
    return start(workDir, log, args).waitFor();
  }
}
