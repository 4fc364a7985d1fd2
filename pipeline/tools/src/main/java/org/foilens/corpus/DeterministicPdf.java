package org.foilens.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.foilens.text.Sha256;

/**
 * Saves a document so that the same input gives the same bytes: fixed creation and modification
 * dates, and a file identifier derived from the content's identity instead of the clock.
 */
final class DeterministicPdf {

  private DeterministicPdf() {}

  static void save(PDDocument document, Path pdf, String title, LocalDate date, String identity)
      throws IOException {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(WinAnsiText.clean(title));
    info.setCreator("foilens corpus renderer");
    Calendar at = calendar(date);
    info.setCreationDate(at);
    info.setModificationDate(at);
    byte[] id = Arrays.copyOf(Sha256.of(identity), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
    document.setDocumentId(0L);
    Files.createDirectories(pdf.toAbsolutePath().getParent());
    document.save(pdf.toFile());
  }

  private static Calendar calendar(LocalDate date) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    c.clear();
    c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 9, 0, 0);
    return c;
  }
}
