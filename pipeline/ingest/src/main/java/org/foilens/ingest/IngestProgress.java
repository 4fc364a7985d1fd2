package org.foilens.ingest;

/** Tells a person how a run is going. Called from the run's thread only. */
public interface IngestProgress extends AutoCloseable {

  /** The run is about to analyze {@code total} files. */
  void started(int total);

  /** One more file analyzed; {@code failed} when it ended in the failure ledger. */
  void advanced(boolean failed);

  /** The run is over; the display is cleaned up. */
  @Override
  void close();

  /** Shows nothing. */
  IngestProgress NONE =
      new IngestProgress() {
        @Override
        public void started(int total) {}

        @Override
        public void advanced(boolean failed) {}

        @Override
        public void close() {}
      };
}
