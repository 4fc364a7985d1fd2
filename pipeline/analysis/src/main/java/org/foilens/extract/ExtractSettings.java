package org.foilens.extract;

import java.time.Duration;

/**
 * How the extract stage runs.
 *
 * @param ocr which pages are OCR'd
 * @param timeout how long one file may take to parse
 * @param isolate parse in worker processes that are killed when they exceed the limits
 * @param workerHeapMb heap of each worker process, in MB (with {@code isolate})
 * @param workers worker processes (with {@code isolate}): as many as files analyzed at once
 */
public record ExtractSettings(
    OcrMode ocr, Duration timeout, boolean isolate, int workerHeapMb, int workers) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  public static final int DEFAULT_WORKER_HEAP_MB = 512;

  /** In-process parsing, OCR where pages have no text, two minutes a file. */
  public static ExtractSettings defaults() {
    return new ExtractSettings(OcrMode.AUTO, DEFAULT_TIMEOUT, false, DEFAULT_WORKER_HEAP_MB, 1);
  }

  public ExtractSettings withOcr(OcrMode mode) {
    return new ExtractSettings(mode, timeout, isolate, workerHeapMb, workers);
  }
}
