package org.foilens.ingest;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal (stderr, as the library draws it): files done of total, documents
 * per second, time left, and failures so far.
 */
public final class ProgressBarDisplay implements IngestProgress {

  private ProgressBar bar;
  private int failures;

  @Override
  public void started(int total) {
    bar =
        new ProgressBarBuilder()
            .setTaskName("ingest")
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setUnit(" docs", 1)
            .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setUpdateIntervalMillis(250)
            .build();
    bar.setExtraMessage("  0 failed");
  }

  @Override
  public void advanced(boolean failed) {
    if (failed) {
      failures++;
      bar.setExtraMessage("  " + failures + " failed");
    }
    bar.step();
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
