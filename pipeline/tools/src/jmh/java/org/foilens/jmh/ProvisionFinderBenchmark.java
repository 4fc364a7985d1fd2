package org.foilens.jmh;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.foilens.tag.provision.ActContext;
import org.foilens.tag.provision.LegislationTable;
import org.foilens.tag.provision.ProvisionFinder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The provision finder over a whole decision notice: every citation form, Act resolution. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProvisionFinderBenchmark {

  private ProvisionFinder finder;
  private ActContext context;
  private String notice;

  @Setup
  public void setUp() throws IOException {
    LegislationTable legislation =
        LegislationTable.load(Texts.root().resolve("config/legislation"));
    finder = new ProvisionFinder(legislation);
    notice = Texts.notice();
    context = ActContext.of(notice, legislation);
  }

  @Benchmark
  public List<ProvisionFinder.Mention> findInNotice() {
    return finder.find(notice, context);
  }
}
