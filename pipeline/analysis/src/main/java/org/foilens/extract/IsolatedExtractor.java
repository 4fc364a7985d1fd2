package org.foilens.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.foilens.StageException;
import org.foilens.SuppressForbidden;
import org.foilens.model.Extraction;
import org.foilens.model.SourceDocument;

/**
 * Extracts each file in a worker process ({@link WorkerProcess}) with a heap limit and a time
 * limit, so that a hostile or broken file costs a killed worker and a failure record, never the
 * run. Workers are started on first use, one per file analyzed at once, kept for the next files,
 * and replaced when one dies or is killed.
 */
public final class IsolatedExtractor implements Extractor, AutoCloseable {

  /** Test-only JVM options for the workers, separated by spaces (see {@link ExtractionWorker}). */
  static final String WORKER_OPTIONS_PROPERTY = "foilens.worker.jvmOptions";

  private final List<String> command;
  private final int heapMb;
  private final Duration timeout;
  private final BlockingQueue<Slot> slots;
  private final List<Slot> all = new ArrayList<>();

  /** A place for one worker; empty until first used, or after its worker died. */
  private static final class Slot {
    WorkerProcess worker;
  }

  public IsolatedExtractor(Path tikaConfig, ExtractSettings settings) {
    OcrSupport.detect(settings.ocr(), false); // says once here if Tesseract is missing
    String extra = System.getProperty(WORKER_OPTIONS_PROPERTY, "").strip();
    List<String> jvmOptions = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED"));
    if (!extra.isEmpty()) {
      jvmOptions.addAll(List.of(extra.split("\\s+")));
    }
    this.command =
        WorkerProcess.command(tikaConfig, settings.ocr(), settings.workerHeapMb(), jvmOptions);
    this.heapMb = settings.workerHeapMb();
    this.timeout = settings.timeout();
    int workers = Math.max(1, settings.workers());
    this.slots = new ArrayBlockingQueue<>(workers);
    for (int i = 0; i < workers; i++) {
      Slot slot = new Slot();
      slots.add(slot);
      all.add(slot);
    }
  }

  @Override
  public Extraction apply(SourceDocument source) throws StageException, InterruptedException {
    Slot slot = slots.take();
    try {
      if (slot.worker == null || !slot.worker.isAlive()) {
        slot.worker = start();
      }
      return slot.worker.extract(source, timeout);
    } finally {
      slots.add(slot);
    }
  }

  @SuppressForbidden(
      reason = "a worker's own messages (a parser's warnings) reach the user as they are")
  private WorkerProcess start() throws StageException, InterruptedException {
    try {
      return WorkerProcess.start(command, heapMb, System.err);
    } catch (IOException e) {
      throw new StageException("cannot start a parser process: " + e.getMessage(), e);
    }
  }

  /** Ends the workers. */
  @Override
  public void close() throws InterruptedException {
    for (Slot slot : all) {
      if (slot.worker != null) {
        slot.worker.close();
      }
    }
  }
}
