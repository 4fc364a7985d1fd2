package org.foilens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.foilens.StageException;
import org.foilens.extract.WorkerProtocol.Reply;
import org.foilens.extract.WorkerProtocol.Request;
import org.foilens.model.Extraction;
import org.foilens.model.SourceDocument;

/**
 * One {@link ExtractionWorker} child JVM with a heap limit. A file that takes longer than the time
 * limit gets the worker killed (with any Tesseract it started), as does a file that exhausts the
 * heap (the worker exits on {@code OutOfMemoryError}); either way the file fails with a reason, and
 * the next file gets a fresh worker. Used by one thread at a time.
 */
final class WorkerProcess implements AutoCloseable {

  /**
   * What a JVM started with {@code -XX:+ExitOnOutOfMemoryError} prints as it exits, and its exit
   * code.
   */
  private static final String OOM_MARKER = "OutOfMemoryError";

  private static final int OOM_EXIT_CODE = 3;

  private static final int STDERR_LINES_KEPT = 20;

  /** How long a worker may take to start (a JVM and Tika's parsers, on a busy machine). */
  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(2);

  private static final Object EOF = new Object();

  private final Process process;
  private final Writer requests;
  private final BlockingQueue<Object> replies = new LinkedBlockingQueue<>();
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private final int heapMb;
  private final Thread stderrPump;
  private final CountDownLatch ready = new CountDownLatch(1);

  private WorkerProcess(Process process, int heapMb, PrintStream stderr) {
    this.process = process;
    this.heapMb = heapMb;
    this.requests = process.outputWriter(StandardCharsets.UTF_8);
    Thread out = new Thread(this::pumpReplies, "foilens-worker-" + process.pid() + "-out");
    out.setDaemon(true);
    out.start();
    this.stderrPump =
        new Thread(() -> pumpStderr(stderr), "foilens-worker-" + process.pid() + "-err");
    stderrPump.setDaemon(true);
    stderrPump.start();
  }

  /** Starts a worker: {@code java -Xmx<heap>m ... ExtractionWorker <tika-config> <ocr>}. */
  static WorkerProcess start(List<String> command, int heapMb, PrintStream stderr)
      throws IOException, StageException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    // Tesseract, started by the worker, spreads one page over every core with OpenMP; with a
    // worker per core that only makes the pages fight for the cores (and spin while they wait).
    builder.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
    WorkerProcess worker = new WorkerProcess(builder.start(), heapMb, stderr);
    if (!worker.ready.await(STARTUP_LIMIT.toSeconds(), TimeUnit.SECONDS) || !worker.isAlive()) {
      worker.kill();
      throw new StageException("the parser process did not start within " + seconds(STARTUP_LIMIT));
    }
    return worker;
  }

  /** The command line of a worker JVM on this JVM's class path. */
  static List<String> command(
      Path tikaConfig, OcrMode ocr, int heapMb, List<String> extraJvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heapMb + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+UseSerialGC");
    // Full tiered compilation (C1, then C2 for hot code): a worker lives for the whole run, and
    // over thousands of files C2-compiled parsers repay their compile time.
    command.add("-Dfile.encoding=UTF-8");
    command.addAll(extraJvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ExtractionWorker.class.getName());
    command.add(tikaConfig.toAbsolutePath().toString());
    command.add(ocr.name());
    return command;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Extracts one file in the worker.
   *
   * @throws StageException the file's failure (with a reason for people): the parser gave up, the
   *     time limit passed, or the worker ran out of memory or died; after the last three this
   *     worker is dead
   */
  Extraction extract(SourceDocument source, Duration timeout)
      throws StageException, InterruptedException {
    try {
      requests.write(WorkerProtocol.JSON.writeValueAsString(Request.of(source)));
      requests.write('\n');
      requests.flush();
    } catch (IOException e) {
      throw died();
    }
    Object reply = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (reply == null) {
      kill();
      throw new StageException("timed out after " + seconds(timeout) + " (the parser was stopped)");
    }
    if (reply == EOF) {
      throw died();
    }
    Reply r = (Reply) reply;
    if (r.failure() != null) {
      throw new StageException(r.failure());
    }
    return r.extraction(source);
  }

  private StageException died() throws InterruptedException {
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      kill();
    }
    stderrPumpDone();
    boolean outOfMemory;
    synchronized (stderrTail) {
      outOfMemory = stderrTail.stream().anyMatch(l -> l.contains(OOM_MARKER));
    }
    if (outOfMemory || process.exitValue() == OOM_EXIT_CODE) {
      return new StageException("out of memory (limit " + heapMb + " MB)");
    }
    return new StageException("the parser process died (exit code " + process.exitValue() + ")");
  }

  private void stderrPumpDone() throws InterruptedException {
    stderrPump.join(5000);
  }

  private void kill() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly); // Tesseract, if it runs
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  private void pumpReplies() {
    try (BufferedReader in = process.inputReader(StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.equals(ExtractionWorker.READY)) {
          ready.countDown();
        } else if (line.startsWith("{")) {
          replies.add(WorkerProtocol.JSON.readValue(line, Reply.class));
        } else {
          keep(line); // the JVM's own last words, such as its OutOfMemoryError notice
        }
      }
    } catch (IOException e) {
      // the worker is gone; the caller learns it from EOF below
    } finally {
      ready.countDown(); // a worker that died while starting is not waited for
      replies.add(EOF);
    }
  }

  /**
   * Passes the worker's messages on (as in-process parsing would print them), keeping the last few.
   */
  private void pumpStderr(PrintStream stderr) {
    try (BufferedReader in = process.errorReader(StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        keep(line);
        if (!line.contains(OOM_MARKER)) {
          stderr.println(line);
        }
      }
    } catch (IOException e) {
      // the worker is gone, and with it what it had to say
    }
  }

  private void keep(String line) {
    synchronized (stderrTail) {
      if (stderrTail.size() == STDERR_LINES_KEPT) {
        stderrTail.removeFirst();
      }
      stderrTail.addLast(line);
    }
  }

  private static String seconds(Duration d) {
    long s = d.toSeconds();
    return s > 0 ? s + " s" : d.toMillis() + " ms";
  }

  @Override
  public void close() throws InterruptedException {
    try {
      requests.close(); // end of input: the worker finishes and exits
    } catch (IOException e) {
      // already gone
    }
    if (!process.waitFor(2, TimeUnit.SECONDS)) {
      kill();
    }
  }
}
