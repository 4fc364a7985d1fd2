package org.foilens.tag.caseref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.DocumentKind;
import org.foilens.model.StructuredDocument;
import org.foilens.tag.AnnotatedText;
import org.foilens.tag.Annotator;

/**
 * The case references a document cites, its own first: a tribunal decision's appeal number, a
 * notice's reference, canonical.
 */
public final class CaseRefAnnotator implements Annotator {

  private final CaseRefFinder finder = new CaseRefFinder();

  @Override
  public void annotate(AnnotatedText text, AnalyzedDocument.Builder record) {
    List<String> refs = new ArrayList<>();
    String own = ownReference(text.document());
    if (own != null) {
      refs.add(own);
    }
    for (String r : finder.find(text.body())) {
      if (!refs.contains(r)) {
        refs.add(r);
      }
    }
    record.caseRefs(refs);
  }

  @Override
  public List<String> fields() {
    return List.of("case_refs");
  }

  private String ownReference(StructuredDocument doc) {
    String written =
        doc.kind() == DocumentKind.TRIBUNAL_DECISION
            ? (doc.appeal() == null ? null : doc.appeal().reference())
            : doc.header().reference();
    if (written == null) {
      return null;
    }
    String canonical = finder.canonical(written);
    return canonical != null ? canonical : written.toUpperCase(Locale.ROOT);
  }
}
