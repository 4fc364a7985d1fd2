package org.foilens.tag;

import java.util.List;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Appeal;
import org.foilens.model.DocumentKind;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.StructuredDocument;

/**
 * A document's title: "Decision notice REF: Authority", "Tribunal decision REF: Appellant v
 * Respondents", else the file's own title, a mail's subject, or its first line of text.
 */
public final class TitleAnnotator implements Annotator {

  private static final int MAX_LENGTH = 200;

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    record.title(title(text.document()));
  }

  @Override
  public List<String> fields() {
    return List.of("title");
  }

  static String title(StructuredDocument doc) {
    if (doc.kind() == DocumentKind.DECISION_NOTICE) {
      String ref = doc.header().reference();
      String authority = doc.header().authority();
      return "Decision notice"
          + (ref == null ? "" : " " + ref)
          + (authority == null ? "" : ": " + authority);
    }
    Appeal a = doc.appeal();
    if (doc.kind() == DocumentKind.TRIBUNAL_DECISION && a != null && a.appellant() != null) {
      String ref = a.reference() != null ? a.reference() : a.citation();
      return "Tribunal decision"
          + (ref == null ? "" : " " + ref)
          + ": "
          + a.appellant()
          + (a.respondents().isEmpty() ? "" : " v " + String.join(", ", a.respondents()));
    }
    Extraction ex = doc.extraction();
    if (ex.title() != null) {
      return ex.title();
    }
    for (ExtractedPart part : ex.parts()) {
      if (part.mail() != null && part.mail().subject() != null) {
        return part.mail().subject();
      }
    }
    for (String line : doc.body().split("\\R")) {
      if (!line.isBlank()) {
        String t = line.strip();
        return t.length() > MAX_LENGTH ? t.substring(0, MAX_LENGTH) : t;
      }
    }
    return null;
  }
}
