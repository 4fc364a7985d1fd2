package org.foilens.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.foilens.StageException;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.MailHeaders;
import org.foilens.model.SourceDocument;
import org.xml.sax.SAXException;

/**
 * Extracts text with Tika's {@link AutoDetectParser}, configured by {@code config/tika-config.xml},
 * keeping each embedded document (an e-mail in an mbox, an attachment) as its own part. Pages
 * without a text layer are OCR'd with Tesseract as the {@link OcrMode} says. A parse that runs past
 * the time limit is abandoned and reported (the thread is left to finish on its own: only a worker
 * process, see {@link IsolatedExtractor}, can really stop a runaway parser).
 */
public final class TikaExtractor implements Extractor {

  /** Characters kept per part; a longer text is cut and the rest ignored. */
  static final int WRITE_LIMIT = 20_000_000;

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Parser parser;
  private final long timeoutMillis;
  private final OcrSupport ocr;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "foilens-tika-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  /**
   * @param quiet true in a worker process, whose parent has already said what it had to say about a
   *     missing Tesseract
   */
  public TikaExtractor(Path tikaConfig, long timeoutMillis, OcrMode ocr, boolean quiet)
      throws StageException {
    this(tikaConfig, timeoutMillis, OcrSupport.detect(ocr, quiet));
  }

  TikaExtractor(Path tikaConfig, long timeoutMillis, OcrSupport ocr) throws StageException {
    try {
      this.parser = new AutoDetectParser(new TikaConfig(tikaConfig));
    } catch (TikaException | IOException | SAXException e) {
      throw new StageException("cannot read Tika configuration " + tikaConfig, e);
    }
    this.timeoutMillis = timeoutMillis;
    this.ocr = ocr;
  }

  @Override
  public Extraction apply(SourceDocument source) throws StageException, InterruptedException {
    Future<Extraction> job =
        executor.submit(
            () -> {
              Extraction plain = PdfText.read(source, ocr.requested());
              return plain != null ? plain : parsedByTika(source);
            });
    try {
      return job.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      throw new StageException(
          "timed out after " + timeoutMillis / 1000 + " s (parse abandoned; --isolate stops it)");
    } catch (ExecutionException e) {
      throw explain(e.getCause(), source);
    }
  }

  /** The extraction Tika makes of a file, whatever kind it is. */
  Extraction parsedByTika(SourceDocument source) throws Exception {
    return toExtraction(source, parse(source.path()));
  }

  private List<Metadata> parse(Path file) throws Exception {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    if (MboxEnvelope.isSingleMessage(file)) {
      metadata.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, "message/rfc822");
    }
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      return parse(in, metadata);
    }
  }

  private List<Metadata> parse(InputStream in, Metadata metadata) throws Exception {
    RecursiveParserWrapperHandler handler =
        new RecursiveParserWrapperHandler(
            new BasicContentHandlerFactory(
                BasicContentHandlerFactory.HANDLER_TYPE.TEXT, WRITE_LIMIT),
            10_000);
    ParseContext context = new ParseContext();
    ocr.configure(context);
    new RecursiveParserWrapper(parser).parse(in, handler, metadata, context);
    return handler.getMetadataList();
  }

  private static StageException explain(Throwable cause, SourceDocument source) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      if (root instanceof EncryptedDocumentException) {
        break;
      }
      root = root.getCause();
    }
    String name = source.displayPath();
    if (cause instanceof EncryptedDocumentException || root instanceof EncryptedDocumentException) {
      return new StageException("encrypted document, no password configured: " + name, cause);
    }
    if (cause instanceof ZeroByteFileException || source.size() == 0) {
      return new StageException("empty file (0 bytes): " + name, cause);
    }
    if (cause instanceof OutOfMemoryError) {
      return new StageException("ran out of memory while parsing: " + name, cause);
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new StageException("cannot parse " + name + ": " + message, cause);
  }

  private Extraction toExtraction(SourceDocument source, List<Metadata> parsed) {
    String warning = ocr.missedOcrWarning(parsed);
    List<String> warnings = warning == null ? List.of() : List.of(warning);
    List<ExtractedPart> parts = new ArrayList<>();
    for (Metadata m : parsed) {
      String path = m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
      int depth = path == null ? 0 : (int) path.chars().filter(c -> c == '/').count();
      ExtractedPart part = part(m, path == null ? "" : path, depth);
      if (part.isMail()) {
        List<UuencodedBlocks.Block> blocks = UuencodedBlocks.find(part.text());
        if (!blocks.isEmpty()) {
          parts.add(withText(part, UuencodedBlocks.without(part.text(), blocks)));
          parts.addAll(uudecoded(part, blocks));
          continue;
        }
      }
      parts.add(part);
    }
    Metadata root = parsed.get(0);
    String pages = root.get(PagedText.N_PAGES);
    return new Extraction(
        source,
        mediaType(root),
        parts,
        blankToNull(MailText.header(root.get(TikaCoreProperties.TITLE))),
        pages == null ? null : Integer.valueOf(pages),
        OcrSupport.ocrPages(parsed),
        Map.of(),
        warnings);
  }

  private static ExtractedPart part(Metadata m, String path, int depth) {
    String text = m.get(TikaCoreProperties.TIKA_CONTENT);
    MailHeaders mail = MailMetadata.headers(m, depth);
    return new ExtractedPart(
        path,
        depth,
        mediaType(m),
        m.get(TikaCoreProperties.RESOURCE_NAME_KEY),
        text == null ? "" : mail == null ? text.strip() : MailText.header(text.strip()),
        mail);
  }

  private static ExtractedPart withText(ExtractedPart p, String text) {
    return new ExtractedPart(p.resourcePath(), p.depth(), p.mediaType(), p.name(), text, p.mail());
  }

  /**
   * Files uuencoded in a message's text, parsed like attachments and placed below the message. A
   * file Tika cannot read is still listed, by name, with no text.
   */
  private List<ExtractedPart> uudecoded(ExtractedPart mail, List<UuencodedBlocks.Block> blocks) {
    List<ExtractedPart> out = new ArrayList<>();
    for (UuencodedBlocks.Block b : blocks) {
      String base = mail.resourcePath() + "/" + b.name();
      Metadata metadata = new Metadata();
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, b.name());
      List<Metadata> parsed;
      try (InputStream in = TikaInputStream.get(b.bytes())) {
        parsed = parse(in, metadata);
      } catch (Exception e) {
        out.add(
            new ExtractedPart(
                base, mail.depth() + 1, "application/octet-stream", b.name(), "", null));
        continue;
      }
      for (Metadata m : parsed) {
        String inner = m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
        String path = inner == null ? base : base + inner;
        ExtractedPart p = part(m, path, (int) path.chars().filter(c -> c == '/').count());
        out.add(inner == null ? named(p, b.name()) : p);
      }
    }
    return out;
  }

  private static ExtractedPart named(ExtractedPart p, String name) {
    return new ExtractedPart(p.resourcePath(), p.depth(), p.mediaType(), name, p.text(), p.mail());
  }

  static String mediaType(Metadata m) {
    String type = m.get(Metadata.CONTENT_TYPE);
    if (type == null) {
      return "application/octet-stream";
    }
    int semi = type.indexOf(';');
    return semi < 0 ? type : type.substring(0, semi).strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
