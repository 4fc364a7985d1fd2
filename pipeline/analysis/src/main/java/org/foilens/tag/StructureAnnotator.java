package org.foilens.tag;

import java.util.ArrayList;
import java.util.List;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Correspondence;
import org.foilens.model.DocumentKind;
import org.foilens.model.ExtractionSummary;
import org.foilens.model.NoticeOutline;
import org.foilens.model.NoticePart;
import org.foilens.model.StructuredDocument;

/**
 * What the structure stage found, in the contract's shape: the kind, a notice's header and parts
 * with their paragraphs, a tribunal decision's appeal, a correspondence's messages, and how much
 * text extraction got.
 */
public final class StructureAnnotator implements Annotator {

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    StructuredDocument doc = text.document();
    record
        .kind(doc.kind())
        .notice(
            new NoticeOutline(
                doc.kind() == DocumentKind.DECISION_NOTICE ? doc.header() : null,
                parts(doc.parts())))
        .appeal(doc.appeal())
        .messages(doc.messages().stream().map(Correspondence.Entry::of).toList())
        .extraction(ExtractionSummary.of(doc.extraction()));
  }

  @Override
  public List<String> fields() {
    return List.of("kind", "header", "parts", "appeal", "messages");
  }

  private static List<NoticeOutline.Part> parts(List<NoticePart> parts) {
    List<NoticeOutline.Part> out = new ArrayList<>();
    for (NoticePart part : parts) {
      out.add(
          new NoticeOutline.Part(
              part.name(),
              part.heading(),
              part.paragraphs().stream()
                  .map(p -> new NoticeOutline.Paragraph(p.number(), p.text()))
                  .toList()));
    }
    return out;
  }
}
