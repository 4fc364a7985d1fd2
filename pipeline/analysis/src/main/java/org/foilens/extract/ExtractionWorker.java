package org.foilens.extract;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.foilens.StageException;
import org.foilens.SuppressForbidden;
import org.foilens.extract.WorkerProtocol.Reply;
import org.foilens.extract.WorkerProtocol.Request;

/**
 * The main class of a worker process: reads requests from stdin, extracts each file with a {@link
 * TikaExtractor}, and answers on stdout, one JSON line each, until stdin ends. Anything else
 * written to stdout (by a library) goes to stderr, so that stdout carries only replies. The parent
 * ({@link WorkerProcess}) enforces the time limit by killing the process, and the heap limit is the
 * process's {@code -Xmx}; the worker itself knows nothing of either.
 *
 * <p>Arguments: the Tika configuration file and the OCR mode.
 */
public final class ExtractionWorker {

  /**
   * Test-only: a file whose name ends with this makes the worker spin forever, as a runaway parser
   * does.
   */
  static final String SPIN_PROPERTY = "foilens.worker.test.spinOn";

  private static final int ORPHANED_EXIT_CODE = 70;

  /** The line a worker prints once it can take requests. */
  static final String READY = "READY";

  private ExtractionWorker() {}

  @SuppressForbidden(reason = "stdout carries the protocol; what the parsers print goes to stderr")
  public static void main(String[] args) throws Exception {
    PrintStream replies =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    exitWhenOrphaned();
    TikaExtractor tika =
        new TikaExtractor(Path.of(args[0]), Long.MAX_VALUE / 4, OcrMode.valueOf(args[1]), true);
    replies.println(READY); // the parent's clock for the first file starts now, not at JVM start
    String spinOn = System.getProperty(SPIN_PROPERTY);
    BufferedReader requests =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = requests.readLine(); line != null; line = requests.readLine()) {
      Request request = WorkerProtocol.JSON.readValue(line, Request.class);
      if (spinOn != null && request.path().endsWith(spinOn)) {
        spin();
      }
      Reply reply;
      try {
        reply = Reply.of(tika.apply(request.source()));
      } catch (StageException e) {
        reply = Reply.failed(e.getMessage(), e.getCause() == null ? e : e.getCause());
      }
      replies.println(WorkerProtocol.JSON.writeValueAsString(reply));
    }
  }

  /**
   * Ends this process when its parent is gone (killed with SIGKILL, say) even while a parse runs.
   */
  private static void exitWhenOrphaned() {
    ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
    if (parent == null) {
      return;
    }
    Thread watch =
        new Thread(
            () -> {
              while (parent.isAlive()) {
                try {
                  Thread.sleep(1000);
                } catch (InterruptedException e) {
                  return;
                }
              }
              Runtime.getRuntime().halt(ORPHANED_EXIT_CODE);
            },
            "foilens-worker-orphan-watch");
    watch.setDaemon(true);
    watch.start();
  }

  @SuppressWarnings("InfiniteLoopStatement")
  private static void spin() {
    long n = 0;
    while (true) {
      n = n * 31 + 7; // busy, like a parser stuck in a loop
      if (n == 42) {
        Thread.onSpinWait();
      }
    }
  }
}
