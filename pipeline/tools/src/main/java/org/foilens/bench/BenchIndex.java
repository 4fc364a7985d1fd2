package org.foilens.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.foilens.Analysis;
import org.foilens.Pipeline;
import org.foilens.corpus.NoticeSource;
import org.foilens.index.LuceneIndexWriter;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.SourceDocument;
import org.foilens.text.Sha256;

/**
 * {@code foilens bench index}: a large index to measure search on, from the benchmark corpus
 * generator. Four in five documents are decision notices, structured and tagged by the real
 * pipeline from the text their PDF would extract to (rendering and parsing PDFs is skipped: it
 * changes nothing in the index, and it would take hours at 100,000 documents); the fifth is a mail
 * thread that goes through the whole pipeline, Tika included.
 */
public final class BenchIndex {

  private final AuthorityPicker authorities;
  private final PrintWriter log;

  public BenchIndex(Path authoritiesTsv, PrintWriter log) {
    this.authorities = AuthorityPicker.load(authoritiesTsv);
    this.log = log;
  }

  /** Writes {@code documents} documents into {@code index}; returns the count indexed. */
  public int write(Pipeline pipeline, Path index, int documents, long seed, int threads)
      throws IOException, InterruptedException {
    Path scratch = Files.createTempDirectory("foilens-bench-index");
    AtomicInteger done = new AtomicInteger();
    AtomicInteger indexed = new AtomicInteger();
    long start = System.nanoTime();
    try (LuceneIndexWriter writer = new LuceneIndexWriter(index)) {
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads, Thread.ofPlatform().name("bench-index-", 0).factory());
      for (int i = 0; i < documents; i++) {
        int n = i;
        pool.execute(
            () -> {
              Analysis analysis = analyze(pipeline, scratch, seed, n);
              try {
                if (analysis.failure() == null) {
                  writer.write(analysis.document(), analysis.body());
                  indexed.incrementAndGet();
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (IllegalArgumentException e) {
                // the index refusing one document (as ingest records it) costs that document only
                synchronized (log) {
                  log.printf(
                      Locale.ROOT,
                      "bench index: document %d refused by the index: %s%n",
                      n,
                      e.getMessage());
                  log.flush();
                }
              }
              int d = done.incrementAndGet();
              if (d % 1000 == 0 || d == documents) {
                double seconds = (System.nanoTime() - start) / 1e9;
                synchronized (log) {
                  log.printf(
                      Locale.ROOT,
                      "bench index: %d of %d documents, %.0f docs/s%n",
                      d,
                      documents,
                      d / seconds);
                  log.flush();
                }
              }
            });
      }
      pool.shutdown();
      if (!pool.awaitTermination(7, TimeUnit.DAYS)) {
        throw new IllegalStateException("bench index did not finish");
      }
      writer.commit();
    } finally {
      try (var files = Files.list(scratch)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(scratch);
    }
    return indexed.get();
  }

  private Analysis analyze(Pipeline pipeline, Path scratch, long seed, int n) {
    RandomGenerator random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    try {
      if (n % 5 == 4) {
        ThreadComposer.Thread thread =
            new ThreadComposer(
                    authorities,
                    (name, date, reference, lines, scanned) -> new byte[0]) // letters dropped below
                .compose(n, random);
        Path mbox = scratch.resolve(String.format(Locale.ROOT, "%07d.mbox", n));
        Files.writeString(
            mbox,
            BenchCorpus.mbox(
                thread.messages().stream().map(MailMessage::withoutAttachments).toList()),
            StandardCharsets.UTF_8);
        try {
          return pipeline.analyze(mbox);
        } finally {
          Files.deleteIfExists(mbox);
        }
      }
      int pages = 2 + (int) (28 * Math.pow(random.nextDouble(), 2.2));
      NoticeSource notice = new NoticeComposer(authorities).compose("n", pages, random).notice();
      String text = NoticeText.of(notice);
      String name =
          String.format(Locale.ROOT, "%07d-%s.pdf", n, notice.reference().toLowerCase(Locale.ROOT));
      SourceDocument source =
          new SourceDocument(
              Path.of("bench", "notices", name),
              "bench/notices/" + name,
              Sha256.hex(text),
              text.length());
      Extraction extraction =
          new Extraction(
              source,
              "application/pdf",
              List.of(new ExtractedPart("/" + name, 0, "application/pdf", name, text, null)),
              "Decision notice " + notice.reference(),
              pages,
              0,
              Map.of());
      return pipeline.analyze(extraction);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
