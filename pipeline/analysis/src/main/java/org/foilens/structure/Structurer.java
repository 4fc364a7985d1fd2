package org.foilens.structure;

import java.util.List;
import org.foilens.Stage;
import org.foilens.model.DocumentKind;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.Message;
import org.foilens.model.NoticeHeader;
import org.foilens.model.RequestStatus;
import org.foilens.model.StructuredDocument;

/**
 * The structure stage: decides the document's kind and finds what that kind has, a notice's header
 * or a correspondence's messages.
 */
public final class Structurer implements Stage<Extraction, StructuredDocument> {

  private final KindClassifier kinds = new KindClassifier();
  private final NoticeHeaderParser headers = new NoticeHeaderParser();
  private final MessageAssembler messages = new MessageAssembler();
  private final NoticePartsParser parts = new NoticePartsParser();
  private final PastedThreadSplitter pasted = new PastedThreadSplitter();
  private final PastedCorrespondenceSplitter correspondence = new PastedCorrespondenceSplitter();
  private final TribunalDecisionParser tribunal = new TribunalDecisionParser();

  @Override
  public StructuredDocument apply(Extraction extracted) {
    DocumentKind kind = kinds.classify(extracted);
    Extraction extraction =
        kind == DocumentKind.DECISION_NOTICE ? DecisionNoticeText.prepare(extracted) : extracted;
    NoticeHeader header =
        kind == DocumentKind.DECISION_NOTICE
            ? DecisionNoticeText.header(headers, extraction.mainText())
            : NoticeHeader.EMPTY;
    List<Message> found =
        kind == DocumentKind.FOI_THREAD ? messages.assemble(extraction) : List.of();
    if (kind == DocumentKind.FOI_THREAD && found.isEmpty()) {
      found =
          ResponseLetterSignals.isPastedCorrespondence(extraction.mainText())
                  && !ResponseLetterSignals.isRequestPage(extraction.mainText())
              ? correspondence.split(extraction.mainText()) // e-mails pasted one after another
              : pasted.split(extraction.mainText()); // a request page copied as text
    }
    RequestStatus status =
        RequestStatusLabels.fromDisplayStatus(extraction.properties().get("wdtk.status"));
    if (status == null && kind == DocumentKind.FOI_THREAD) {
      status = RequestStatusLabels.fromBanner(extraction.mainText());
    }
    String body = body(extraction);
    return new StructuredDocument(
        extraction,
        kind,
        header,
        kind == DocumentKind.DECISION_NOTICE ? parts.parse(body) : List.of(),
        body,
        found,
        status,
        extraction.properties().get("wdtk.public_body"),
        kind == DocumentKind.TRIBUNAL_DECISION ? tribunal.parse(extraction.mainText()) : null);
  }

  /** Every part's text, in document order: what tagging reads and search finds. */
  private static String body(Extraction extraction) {
    StringBuilder sb = new StringBuilder();
    for (ExtractedPart p : extraction.parts()) {
      if (!p.text().isEmpty()) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(p.text());
      }
    }
    return sb.toString();
  }
}
