package org.foilens.structure;

import java.util.Locale;
import java.util.regex.Pattern;
import org.foilens.model.DocumentKind;
import org.foilens.model.Extraction;

/** Decides what kind of document an extraction is, from its format and its opening text. */
public final class KindClassifier {

  private static final Pattern NOTICE_TITLE =
      Pattern.compile("decision\\s+notice", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRIBUNAL =
      Pattern.compile(
          "(first-tier tribunal|upper tribunal|information tribunal|administrative appeals"
              + " chamber)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern APPEAL =
      Pattern.compile(
          "(appeal (number|reference|no)|\\bEA/\\d{4}/\\d+|\\bGIA/\\d+|UKFTT|UKUT|appellant)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PASTED_THREAD =
      Pattern.compile(
          "(left an annotation|show quoted sections|whatdotheyknow|this is an automated"
              + " confirmation|the request was (partially )?successful|freedom of information"
              + " request)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RESPONSE_LETTER =
      Pattern.compile(
          "(freedom of information|environmental information regulations|FOI request|your request)",
          Pattern.CASE_INSENSITIVE);

  public DocumentKind classify(Extraction extraction) {
    if (extraction.parts().stream().anyMatch(p -> p.isMail())) {
      return DocumentKind.FOI_THREAD;
    }
    String text = extraction.mainText();
    DocumentKind decision = DecisionKindCues.kindOf(text);
    if (decision != null) {
      return decision;
    }
    String head = text.substring(0, Math.min(text.length(), 2500));
    String lowerHead = head.toLowerCase(Locale.ROOT);
    String top = head.substring(0, Math.min(head.length(), 800));
    if (TRIBUNAL.matcher(top).find() && APPEAL.matcher(head).find()) {
      return DocumentKind
          .TRIBUNAL_DECISION; // before notices: a tribunal may substitute a decision notice
    }
    if (NOTICE_TITLE.matcher(top).find()
        && (lowerHead.contains("public authority") || lowerHead.contains("commissioner"))) {
      return DocumentKind.DECISION_NOTICE;
    }
    if (TRIBUNAL.matcher(head).find() && APPEAL.matcher(text).find()) {
      return DocumentKind.TRIBUNAL_DECISION;
    }
    boolean letters =
        text.contains("Dear ")
            && (text.contains("Yours faithfully") || text.contains("Yours sincerely"));
    if (letters
        && PASTED_THREAD.matcher(text).find()
        && text.contains("Yours faithfully")
        && !ResponseLetterSignals.hasLetterhead(text)) {
      return DocumentKind.FOI_THREAD;
    }
    if (letters && text.contains("Yours sincerely") && RESPONSE_LETTER.matcher(text).find()) {
      return DocumentKind.FOI_RESPONSE;
    }
    if (ResponseLetterSignals.isPastedCorrespondence(text)) {
      return DocumentKind.FOI_THREAD;
    }
    if (ResponseLetterSignals.isResponseLetter(text)) {
      return DocumentKind.FOI_RESPONSE;
    }
    return DocumentKind.OTHER;
  }
}
