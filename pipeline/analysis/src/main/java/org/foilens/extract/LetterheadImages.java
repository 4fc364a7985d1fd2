package org.foilens.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.foilens.model.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words in the pictures on a PDF's first page, read with Tesseract: a letter whose letterhead
 * is a logo ("NHS Solent NHS Trust" drawn as an image) names its writer only there. Read only when
 * asked, for a letter whose text names no body, since OCR costs a second or so a letter. Pictures
 * too small to hold a word, and pictures as large as the page (a scan behind a text layer), are
 * left alone. Nothing is read when OCR is off or Tesseract is missing; a PDF that cannot be read
 * gives no words, never an error.
 */
public final class LetterheadImages {

  private static final Logger LOG = LoggerFactory.getLogger(LetterheadImages.class);

  /** Reads nothing: OCR off, or Tesseract missing. */
  public static final LetterheadImages NONE = new LetterheadImages(false);

  private static final int SMALLEST_SIDE = 24;
  private static final int MOST_IMAGES = 8;
  private static final long LARGEST_PIXELS = 4_000_000;
  private static final long TIMEOUT_SECONDS = 30;

  /** Tesseract reads small logos better scaled up to about this height. */
  private static final int READ_HEIGHT = 160;

  private final boolean reads;

  private LetterheadImages(boolean reads) {
    this.reads = reads;
  }

  /** The reader for a run's OCR mode: {@link #NONE} when OCR is off or Tesseract is missing. */
  public static LetterheadImages forMode(OcrMode mode) {
    return OcrSupport.detect(mode, true).effective() == OcrMode.OFF
        ? NONE
        : new LetterheadImages(true);
  }

  /** The words Tesseract reads in the first page's pictures, one picture after another; or "". */
  public String read(SourceDocument source) {
    if (!reads || source == null || source.path() == null) {
      return "";
    }
    Path file = source.path();
    try {
      if (!Files.isRegularFile(file) || !PdfText.isPdf(file)) {
        return "";
      }
      List<BufferedImage> pictures = new ArrayList<>();
      try (PDDocument document = Loader.loadPDF(file.toFile())) {
        if (document.isEncrypted() || document.getNumberOfPages() == 0) {
          return "";
        }
        collect(document.getPage(0).getResources(), pictures, 0);
      }
      StringBuilder words = new StringBuilder();
      for (BufferedImage picture : pictures) {
        String read = ocr(picture);
        if (!read.isBlank()) {
          words.append(read.strip()).append("\n\n");
        }
      }
      return words.toString().strip();
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot read the letterhead of {}: {}", file, e.toString());
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** The pictures of a page's resources and of the forms drawn on it, in their order. */
  private static void collect(PDResources resources, List<BufferedImage> out, int depth)
      throws IOException {
    if (resources == null || depth > 2) {
      return;
    }
    for (COSName name : resources.getXObjectNames()) {
      if (out.size() >= MOST_IMAGES) {
        return;
      }
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject image) {
        long pixels = (long) image.getWidth() * image.getHeight();
        if (image.getWidth() >= SMALLEST_SIDE
            && image.getHeight() >= SMALLEST_SIDE
            && pixels <= LARGEST_PIXELS) {
          BufferedImage picture = image.getImage();
          if (picture != null) {
            out.add(picture);
          }
        }
      } else if (x instanceof PDFormXObject form) {
        collect(form.getResources(), out, depth + 1);
      }
    }
  }

  /** What Tesseract reads in one picture, scaled up when small. */
  private static String ocr(BufferedImage picture) throws IOException, InterruptedException {
    BufferedImage scaled = picture;
    if (picture.getHeight() < READ_HEIGHT) {
      double factor = Math.min(4.0, (double) READ_HEIGHT / picture.getHeight());
      int w = (int) Math.round(picture.getWidth() * factor);
      int h = (int) Math.round(picture.getHeight() * factor);
      scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = scaled.createGraphics();
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(picture, 0, 0, w, h, null);
      g.dispose();
    }
    Path png = Files.createTempFile("foilens-letterhead", ".png");
    Path txt = Files.createTempFile("foilens-letterhead", ".txt");
    try {
      ImageIO.write(scaled, "png", png.toFile());
      Process p =
          new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "eng")
              .redirectOutput(txt.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "";
      }
      return p.exitValue() == 0 ? Files.readString(txt, StandardCharsets.UTF_8) : "";
    } finally {
      Files.deleteIfExists(png);
      Files.deleteIfExists(txt);
    }
  }
}
