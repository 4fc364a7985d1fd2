package org.foilens.structure;

import java.util.ArrayList;
import java.util.List;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.IcoListing;
import org.foilens.model.NoticeHeader;
import org.foilens.model.SourceDocument;

/**
 * A decision notice's text made ready to structure, whatever form it came in: a copy run together
 * on one line gets its line breaks back ({@link RunTogetherText}); the ICO's own per-section
 * decisions printed on a page of the notice ({@link IcoTagLines}) become the record's {@code
 * listing}, as a fetched notice's listing does, unless a fetched listing is already there; and the
 * header comes from the notice's header block, else from what the page states about it ({@link
 * DecisionPageReader}).
 */
final class DecisionNoticeText {

  private DecisionNoticeText() {}

  static Extraction prepare(Extraction extraction) {
    List<ExtractedPart> parts = new ArrayList<>(extraction.parts());
    if (!parts.isEmpty()) {
      ExtractedPart main = parts.get(0);
      String unfolded = RunTogetherText.unfold(main.text());
      if (!unfolded.equals(main.text())) {
        parts.set(
            0,
            new ExtractedPart(
                main.resourcePath(),
                main.depth(),
                main.mediaType(),
                main.name(),
                unfolded,
                main.mail()));
      }
    }
    SourceDocument source = extraction.source();
    if (source.listing() == null && !parts.isEmpty()) {
      List<IcoListing.Decision> published = IcoTagLines.decisions(parts.get(0).text());
      if (!published.isEmpty()) {
        DecisionPageReader.DecisionPage page = DecisionPageReader.read(parts.get(0).text());
        source =
            source.withListing(
                new IcoListing(
                    null, page.authority(), page.date(), page.sector(), published, null, null));
      }
    }
    return new Extraction(
        source,
        extraction.mediaType(),
        parts,
        extraction.title(),
        extraction.pages(),
        extraction.ocrPages(),
        extraction.properties(),
        extraction.warnings());
  }

  /** The header block's fields, with what the page states filling those it lacks. */
  static NoticeHeader header(NoticeHeaderParser parser, String text) {
    NoticeHeader header = parser.parse(text);
    DecisionPageReader.DecisionPage page = DecisionPageReader.read(text);
    return new NoticeHeader(
        header.reference(),
        header.date() != null ? header.date() : page.date(),
        header.authority() != null ? header.authority() : page.authority(),
        header.address(),
        header.complainant());
  }
}
