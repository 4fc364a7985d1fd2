package org.foilens.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.foilens.corpus.LetterPdfWriter;
import org.foilens.corpus.LetterSource;
import org.foilens.corpus.NoticePdfWriter;

/**
 * Writes a benchmark corpus: decision notices of 2 to 30 pages in both ICO templates, standalone
 * response letters, and FOI threads as {@code .eml} (the last message with the history quoted below
 * it) and {@code .mbox} (every message) with PDF and {@code .docx} attachments. A few pages are
 * scanned images without text. Item {@code i} of each kind is drawn from its own random stream
 * derived from the seed, so the same seed writes the same files whatever the thread count.
 */
public final class BenchCorpus {

  /**
   * What to write.
   *
   * @param scans whether some pages are scanned images without text (1 notice in 40, 1 letter in
   *     25); without them every page has a text layer and OCR has nothing to do
   */
  public record Plan(
      Path out, int notices, int letters, int mailThreads, long seed, int threads, boolean scans) {

    /** A plan with scanned pages. */
    public Plan(Path out, int notices, int letters, int mailThreads, long seed, int threads) {
      this(out, notices, letters, mailThreads, seed, threads, true);
    }

    public Plan {
      if (notices < 0 || letters < 0 || mailThreads < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1");
      }
    }
  }

  private static final int NOTICE_STREAM = 1;
  private static final int LETTER_STREAM = 2;
  private static final int MAIL_STREAM = 3;
  private static final DateTimeFormatter MBOX_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.ROOT);

  private final AuthorityPicker authorities;
  private final PrintWriter log;

  public BenchCorpus(Path authoritiesTsv, PrintWriter log) {
    this.authorities = AuthorityPicker.load(authoritiesTsv);
    this.log = log;
  }

  public BenchCorpusSummary write(Plan plan) throws IOException, InterruptedException {
    Files.createDirectories(plan.out());
    long start = System.nanoTime();
    BenchCorpusSummary.Counter counter = new BenchCorpusSummary.Counter();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            plan.threads(), Thread.ofPlatform().name("bench-corpus-", 0).factory());
    try {
      List<Future<?>> work = new ArrayList<>();
      int total = plan.notices() + plan.letters() + plan.mailThreads();
      AtomicInteger done = new AtomicInteger();
      Runnable tick =
          () -> {
            int n = done.incrementAndGet();
            if (n % Math.max(1, total / 10) == 0 || n == total) {
              synchronized (log) {
                log.printf(Locale.ROOT, "bench corpus: %d of %d files%n", n, total);
                log.flush();
              }
            }
          };
      for (int i = 0; i < plan.notices(); i++) {
        int index = i;
        work.add(
            pool.submit(
                () -> {
                  notice(plan, index, counter);
                  tick.run();
                  return null;
                }));
      }
      for (int i = 0; i < plan.letters(); i++) {
        int index = i;
        work.add(
            pool.submit(
                () -> {
                  letter(plan, index, counter);
                  tick.run();
                  return null;
                }));
      }
      for (int i = 0; i < plan.mailThreads(); i++) {
        int index = i;
        work.add(
            pool.submit(
                () -> {
                  mail(plan, index, counter);
                  tick.run();
                  return null;
                }));
      }
      for (Future<?> f : work) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw new IOException("bench corpus: " + e.getCause().getMessage(), e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return counter.summary(plan.out(), (System.nanoTime() - start) / 1e9);
  }

  private static RandomGenerator random(long seed, int stream, int index) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index);
  }

  private void notice(Plan plan, int index, BenchCorpusSummary.Counter counter) throws IOException {
    RandomGenerator random = random(plan.seed(), NOTICE_STREAM, index);
    double u = random.nextDouble();
    int pages = 2 + (int) (28 * Math.pow(u, 2.2));
    NoticeComposer.Composed composed = new NoticeComposer(authorities).compose("n", pages, random);
    String name =
        String.format(
            Locale.ROOT,
            "%05d-%s.pdf",
            index,
            composed.notice().reference().toLowerCase(Locale.ROOT));
    Path pdf = plan.out().resolve("notices").resolve(name);
    Path partial = pdf.resolveSibling(name + ".part");
    new NoticePdfWriter().write(composed.notice(), partial);
    Path withScan = pdf.resolveSibling(name + ".scan.part");
    int scanned = 0;
    int pageCount;
    try (PDDocument document = Loader.loadPDF(partial.toFile())) {
      boolean scan = random.nextInt(40) == 0; // drawn either way: the same seed, the same texts
      if (scan && plan.scans()) {
        ScannedPages.append(
            document,
            List.of(
                "ANNEX",
                "Copy of the request as received by post",
                "",
                "Please provide " + Phrases.TOPICS.get(index % Phrases.TOPICS.size()) + ".",
                "",
                "Yours faithfully"),
            random);
        scanned = 1;
        // Not over the file it was loaded from: PDFBox reads page contents from it lazily, and
        // saving over it left the pages not yet read empty (blank pages that OCR then read).
        document.save(withScan.toFile());
      }
      pageCount = document.getNumberOfPages();
    }
    if (scanned == 1) {
      Files.delete(partial);
      partial = withScan;
    }
    Files.move(partial, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    counter.notice(pageCount, scanned, Files.size(pdf));
  }

  private void letter(Plan plan, int index, BenchCorpusSummary.Counter counter) throws IOException {
    RandomGenerator random = random(plan.seed(), LETTER_STREAM, index);
    ThreadComposer.Thread thread =
        new ThreadComposer(authorities, this::renderLetter, plan.scans()).compose(index, random);
    MailMessage response = thread.messages().get(2);
    MailMessage.Attachment pdf = response.attachments().getFirst();
    Path file =
        plan.out()
            .resolve("letters")
            .resolve(String.format(Locale.ROOT, "%05d-response.pdf", index));
    writeAtomically(file, pdf.content());
    counter.letter(thread.scannedPages(), Files.size(file));
  }

  private void mail(Plan plan, int index, BenchCorpusSummary.Counter counter) throws IOException {
    RandomGenerator random = random(plan.seed(), MAIL_STREAM, index);
    ThreadComposer.Thread thread =
        new ThreadComposer(authorities, this::renderLetter, plan.scans()).compose(index, random);
    boolean mbox = random.nextBoolean();
    String text = mbox ? mbox(thread.messages()) : eml(thread.messages());
    Path file = plan.out().resolve("threads").resolve(thread.slug() + (mbox ? ".mbox" : ".eml"));
    writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    int pdfs = 0;
    int docx = 0;
    for (MailMessage m : thread.messages()) {
      for (MailMessage.Attachment a : m.attachments()) {
        if (a.name().endsWith(".pdf")) {
          pdfs++;
        } else {
          docx++;
        }
      }
    }
    counter.thread(
        mbox, thread.messages().size(), pdfs, docx, thread.scannedPages(), Files.size(file));
  }

  /** Every message in one mbox file, each after its {@code From } line, body lines escaped. */
  static String mbox(List<MailMessage> messages) {
    StringBuilder s = new StringBuilder();
    for (MailMessage m : messages) {
      String sender = m.from().replaceAll(".*<|>.*", "");
      s.append("From ")
          .append(sender)
          .append(' ')
          .append(m.date().withZoneSameInstant(ZoneOffset.UTC).format(MBOX_DATE))
          .append('\n');
      for (String line : m.toMime().replace("\r\n", "\n").split("\n", -1)) {
        s.append(line.startsWith("From ") ? ">" + line : line).append('\n');
      }
    }
    return s.toString();
  }

  /**
   * The last message as one {@code .eml}, with the earlier messages quoted below it Outlook-style
   * and the thread's attachments attached to it.
   */
  private static String eml(List<MailMessage> messages) {
    MailMessage last = messages.getLast();
    StringBuilder body = new StringBuilder(last.body());
    List<MailMessage.Attachment> attachments = new ArrayList<>();
    for (int i = messages.size() - 2; i >= 0; i--) {
      MailMessage m = messages.get(i);
      body.append("\n-----Original Message-----\n")
          .append("From: ")
          .append(m.from())
          .append('\n')
          .append("Sent: ")
          .append(m.date().format(DateTimeFormatter.ofPattern("dd MMMM yyyy HH:mm", Locale.UK)))
          .append('\n')
          .append("To: ")
          .append(m.to())
          .append('\n')
          .append("Subject: ")
          .append(m.subject())
          .append("\n\n")
          .append(m.body());
    }
    for (MailMessage m : messages) {
      attachments.addAll(m.attachments());
    }
    return new MailMessage(
            last.from(),
            last.to(),
            last.date(),
            last.subject(),
            last.messageId(),
            last.inReplyTo(),
            body.toString(),
            attachments)
        .toMime();
  }

  private byte[] renderLetter(
      String name, LocalDate date, String reference, List<String> lines, boolean scanned) {
    try {
      if (scanned) {
        try (PDDocument document = new PDDocument()) {
          ScannedPages.append(document, lines, new SplittableRandom(name.hashCode()));
          byte[] id = name.getBytes(StandardCharsets.UTF_8);
          COSArray ids = new COSArray();
          ids.add(new COSString(id));
          ids.add(new COSString(id));
          document.getDocument().getTrailer().setItem(COSName.ID, ids);
          document.setDocumentId(0L);
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          document.save(bytes);
          return bytes.toByteArray();
        }
      }
      Path tmp = Files.createTempFile("foilens-bench-letter", ".pdf");
      try {
        new LetterPdfWriter()
            .write(
                new LetterSource(
                    name, date, "Response " + reference, "Our reference: " + reference, lines),
                tmp);
        return Files.readAllBytes(tmp);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeAtomically(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    Files.write(partial, content);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
