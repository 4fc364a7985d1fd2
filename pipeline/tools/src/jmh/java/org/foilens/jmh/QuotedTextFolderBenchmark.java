package org.foilens.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.foilens.structure.QuotedTextFolder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Folding a reply whose history is quoted below it, Outlook-style, three messages deep. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QuotedTextFolderBenchmark {

  private final QuotedTextFolder folder = new QuotedTextFolder();
  private String mail;

  @Setup
  public void setUp() throws IOException {
    mail = Texts.quotedMail();
  }

  @Benchmark
  public String foldReply() {
    return folder.fold(mail, "RE: Freedom of Information request");
  }
}
