package org.foilens.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders one {@link NoticeSource} to a PDF laid out as the ICO lays out its notices: A4, Helvetica
 * 11pt, bold headings, numbered paragraphs with a hanging indent, a running "Reference:" header and
 * a page number on every page.
 *
 * <p>In the modern layout the header is a two-column table whose left cell (all the labels) is
 * written to the content stream before its right cell (all the values), so that text extraction in
 * stream order gives the labels first and the values after them, as it does for notices made in a
 * word processor.
 */
public final class NoticePdfWriter {

  private static final float SIZE = 11f;
  private static final float LEADING = 14.5f;
  private static final float PARAGRAPH_GAP = 7f;
  private static final float NUMBER_INDENT = 34f;
  private static final float BULLET_INDENT = 16f;
  private static final float QUOTE_INDENT = 26f;
  private static final float LABEL_COLUMN = 128f;
  private static final float CELL_PADDING = 5f;

  private final Fonts fonts = Fonts.helvetica();

  public void write(NoticeSource notice, Path pdf) throws IOException {
    try (PDDocument document = new PDDocument()) {
      try (PageWriter page = new PageWriter(document, fonts, "Reference: " + notice.reference())) {
        title(page, notice);
        if (notice.template() == Template.MODERN) {
          headerTable(page, notice);
        } else {
          headerRows(page, notice);
        }
        for (Block block : notice.body()) {
          block(page, block);
        }
      }
      DeterministicPdf.save(
          document,
          pdf,
          "Decision notice " + notice.reference(),
          notice.date(),
          notice.reference() + "|" + notice.date());
    }
  }

  private void title(PageWriter page, NoticeSource notice) throws IOException {
    boolean eir = notice.regime() == Regime.EIR;
    if (notice.template() == Template.MODERN) {
      String act =
          eir
              ? "Environmental Information Regulations 2004 (EIR)"
              : "Freedom of Information Act 2000 (FOIA)";
      line(page, fonts.bold(), 14f, page.left(), act, 20f);
      line(page, fonts.bold(), 18f, page.left(), "Decision notice", 26f);
    } else {
      String act =
          eir
              ? "Environmental Information Regulations 2004"
              : "Freedom of Information Act 2000 (Section 50)";
      centred(page, fonts.bold(), 14f, act, 20f);
      page.down(4f);
      centred(page, fonts.bold(), 14f, "Decision Notice", 20f);
    }
    page.down(16f);
  }

  /** Labels in one cell, values in the other; the whole left cell is written first. */
  private void headerTable(PageWriter page, NoticeSource notice) throws IOException {
    float valueX = page.left() + LABEL_COLUMN + CELL_PADDING;
    float valueWidth = page.width() - LABEL_COLUMN - 2 * CELL_PADDING;
    List<String> values = new ArrayList<>();
    List<Integer> rowStarts = new ArrayList<>();
    rowStarts.add(values.size());
    values.add(notice.longDate());
    rowStarts.add(values.size());
    values.addAll(LineWrapper.wrap(notice.authority(), fonts.regular(), SIZE, valueWidth));
    rowStarts.add(values.size());
    for (String addressLine : notice.address()) {
      values.addAll(LineWrapper.wrap(addressLine, fonts.regular(), SIZE, valueWidth));
    }
    float top = page.y();
    float firstBaseline = top - CELL_PADDING - SIZE;
    float bottom = firstBaseline - (values.size() - 1) * LEADING - CELL_PADDING - 4f;
    float middle = page.left() + LABEL_COLUMN;

    cell(page, page.left(), middle, top, bottom);
    String[] labels = {"Date:", "Public Authority:", "Address:"};
    for (int i = 0; i < labels.length; i++) {
      float baseline = firstBaseline - rowStarts.get(i) * LEADING;
      page.text(fonts.bold(), SIZE, page.left() + CELL_PADDING, baseline, labels[i]);
    }

    cell(page, middle, page.right(), top, bottom);
    for (int i = 0; i < values.size(); i++) {
      page.text(fonts.regular(), SIZE, valueX, firstBaseline - i * LEADING, values.get(i));
    }
    page.down(top - bottom + 22f);
  }

  private static void cell(PageWriter page, float x1, float x2, float top, float bottom)
      throws IOException {
    page.line(x1, top, x2, top);
    page.line(x2, top, x2, bottom);
    page.line(x2, bottom, x1, bottom);
    page.line(x1, bottom, x1, top);
  }

  /** The earlier layout: each label followed by its value on the same line, row by row. */
  private void headerRows(PageWriter page, NoticeSource notice) throws IOException {
    float valueX = page.left() + LABEL_COLUMN;
    float valueWidth = page.width() - LABEL_COLUMN;
    row(page, "Date:", List.of(notice.longDate()), valueX);
    row(
        page,
        "Public Authority:",
        LineWrapper.wrap(notice.authority(), fonts.regular(), SIZE, valueWidth),
        valueX);
    List<String> address = new ArrayList<>();
    for (String addressLine : notice.address()) {
      address.addAll(LineWrapper.wrap(addressLine, fonts.regular(), SIZE, valueWidth));
    }
    row(page, "Address:", address, valueX);
    page.down(14f);
  }

  private void row(PageWriter page, String label, List<String> values, float valueX)
      throws IOException {
    float baseline = page.y() - SIZE;
    page.text(fonts.bold(), SIZE, page.left(), baseline, label);
    for (int i = 0; i < values.size(); i++) {
      page.text(fonts.regular(), SIZE, valueX, baseline - i * LEADING, values.get(i));
    }
    page.down(values.size() * LEADING + 6f);
  }

  private void block(PageWriter page, Block block) throws IOException {
    switch (block) {
      case Block.Heading h -> heading(page, h);
      case Block.NumberedParagraph p ->
          paragraph(page, p.number() + ".", p.text(), 0f, NUMBER_INDENT, 0f);
      case Block.Bullet b -> paragraph(page, "\u2022", b.text(), NUMBER_INDENT, BULLET_INDENT, 0f);
      case Block.Quote q ->
          paragraph(page, null, q.text(), NUMBER_INDENT + QUOTE_INDENT, 0f, QUOTE_INDENT);
      case Block.Plain p -> plain(page, p.text());
    }
  }

  private void heading(PageWriter page, Block.Heading heading) throws IOException {
    float size = heading.level() == 2 ? 13f : SIZE;
    float before = heading.level() == 2 ? 10f : 4f;
    page.room(before + size + 3 * LEADING); // keep a heading with the lines after it
    if (!page.atTop()) {
      page.down(before);
    }
    List<String> lines = LineWrapper.wrap(heading.text(), fonts.bold(), size, page.width());
    for (String text : lines) {
      page.text(fonts.bold(), size, page.left(), page.y() - size, text);
      page.down(size + 5f);
    }
    page.down(PARAGRAPH_GAP - 2f);
  }

  /**
   * A paragraph whose first line may carry a marker (a number or a bullet) at {@code indent}, the
   * text starting {@code hang} points further right, and the right edge pulled in by {@code
   * rightIndent}.
   */
  private void paragraph(
      PageWriter page, String marker, String text, float indent, float hang, float rightIndent)
      throws IOException {
    float x = page.left() + indent + hang;
    float width = page.width() - indent - hang - rightIndent;
    List<String> lines = LineWrapper.wrap(text, fonts.regular(), SIZE, width);
    for (int i = 0; i < lines.size(); i++) {
      boolean orphan = i == 0 && lines.size() > 1;
      page.room(orphan ? 2 * LEADING : LEADING);
      float baseline = page.y() - SIZE;
      if (i == 0 && marker != null) {
        page.text(fonts.regular(), SIZE, page.left() + indent, baseline, marker);
      }
      page.text(fonts.regular(), SIZE, x, baseline, lines.get(i));
      page.down(LEADING);
    }
    page.down(PARAGRAPH_GAP);
  }

  /** An unnumbered paragraph: each of its lines starts a new line on the page. */
  private void plain(PageWriter page, String text) throws IOException {
    for (String line : text.split("\n")) {
      for (String wrapped : LineWrapper.wrap(line, fonts.regular(), SIZE, page.width())) {
        page.room(LEADING);
        page.text(fonts.regular(), SIZE, page.left(), page.y() - SIZE, wrapped);
        page.down(LEADING);
      }
    }
    page.down(PARAGRAPH_GAP);
  }

  private static void line(
      PageWriter page, PDFont font, float size, float x, String text, float height)
      throws IOException {
    page.text(font, size, x, page.y() - size, text);
    page.down(height);
  }

  private static void centred(PageWriter page, PDFont font, float size, String text, float height)
      throws IOException {
    float w = LineWrapper.width(font, size, WinAnsiText.clean(text));
    page.text(font, size, page.left() + (page.width() - w) / 2f, page.y() - size, text);
    page.down(height);
  }
}
