package org.foilens.tag.date;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Message;
import org.foilens.model.StructuredDocument;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;
import org.foilens.text.UkDates;

/**
 * The document's own date, every date it states, and the periods it names. The document's date is a
 * notice's header date (else the first date near its top), a tribunal decision's date given, a
 * thread's first dated message, a letter's first date near its top.
 */
public final class DateAnnotator implements Annotator {

  private static final int NOTICE_HEAD_LINES = 40;
  private static final int LETTER_HEAD_LINES = 20;

  private final DateFinder dates = new DateFinder();

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    LocalDate date = date(text);
    record.date(date).dates(dates.find(text.body(), date)).periods(dates.periods(text.body()));
  }

  @Override
  public List<String> fields() {
    return List.of("date", "dates", "periods");
  }

  static LocalDate date(AnnotatedText text) {
    StructuredDocument doc = text.document();
    return switch (doc.kind()) {
      case DECISION_NOTICE ->
          doc.header().date() != null
              ? doc.header().date()
              : dateLine(text.head(NOTICE_HEAD_LINES));
      case FOI_THREAD ->
          doc.messages().stream()
              .map(Message::date)
              .filter(d -> d != null)
              .findFirst()
              .orElse(null);
      case FOI_RESPONSE -> UkDates.firstIn(text.head(LETTER_HEAD_LINES));
      case TRIBUNAL_DECISION ->
          doc.appeal() != null && doc.appeal().date() != null
              ? doc.appeal().date()
              : dateLine(text.head(NOTICE_HEAD_LINES));
      case OTHER -> null;
    };
  }

  /**
   * The first date that stands on a line of its own, as a notice's date does under its title; a
   * date inside a sentence near the top is the request's or the response's, not the decision's.
   */
  static LocalDate dateLine(String head) {
    for (String line : head.split("\\R")) {
      Matcher m = UkDates.DATE.matcher(line.strip());
      if (m.matches()) {
        LocalDate date = UkDates.date(m);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }
}
