package org.foilens.bench;

import org.foilens.corpus.Block;
import org.foilens.corpus.NoticeSource;
import org.foilens.corpus.Regime;

/**
 * A composed notice as the text its PDF extracts to: title, header rows, then headings and numbered
 * paragraphs one per line. Lets {@code bench index} skip rendering and parsing PDFs when it only
 * needs a large index to query.
 */
final class NoticeText {

  private NoticeText() {}

  static String of(NoticeSource notice) {
    StringBuilder s = new StringBuilder();
    s.append(
            notice.regime() == Regime.EIR
                ? "Environmental Information Regulations 2004 (EIR)"
                : "Freedom of Information Act 2000 (FOIA)")
        .append("\nDecision notice\n\n");
    s.append("Date: ").append(notice.longDate()).append('\n');
    s.append("Public Authority: ").append(notice.authority()).append('\n');
    s.append("Address: ").append(String.join("\n", notice.address())).append("\n\n");
    for (Block block : notice.body()) {
      switch (block) {
        case Block.Heading h -> s.append(h.text()).append("\n\n");
        case Block.NumberedParagraph p ->
            s.append(p.number()).append(". ").append(p.text()).append("\n\n");
        case Block.Bullet b -> s.append("\u2022 ").append(b.text()).append("\n\n");
        case Block.Quote q -> s.append(q.text()).append("\n\n");
        case Block.Plain p -> s.append(p.text()).append("\n\n");
      }
    }
    return s.toString();
  }
}
