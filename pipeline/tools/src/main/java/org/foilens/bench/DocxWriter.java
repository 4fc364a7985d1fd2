package org.foilens.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the smallest well-formed Word document that holds a heading, paragraphs and a table, with
 * fixed entry times so that the same content always gives the same bytes.
 */
final class DocxWriter {

  private static final long FIXED_TIME = 1_577_880_000_000L; // 2020-01-01T12:00Z

  private DocxWriter() {}

  static byte[] write(String heading, List<String> paragraphs, List<List<String>> table) {
    StringBuilder body = new StringBuilder();
    body.append(paragraph(heading, true));
    for (String p : paragraphs) {
      body.append(paragraph(p, false));
    }
    if (!table.isEmpty()) {
      body.append(
          "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\""
              + " w:type=\"auto\"/></w:tblPr>");
      for (List<String> row : table) {
        body.append("<w:tr>");
        for (String cell : row) {
          body.append("<w:tc>").append(paragraph(cell, false)).append("</w:tc>");
        }
        body.append("</w:tr>");
      }
      body.append("</w:tbl>");
    }
    String document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
            + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body
            + "<w:sectPr/></w:body></w:document>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
              + " PartName=\"/word/document.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              + "</Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"word/document.xml\"/></Relationships>");
      entry(zip, "word/document.xml", document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String paragraph(String text, boolean bold) {
    return "<w:p><w:r>"
        + (bold ? "<w:rPr><w:b/></w:rPr>" : "")
        + "<w:t xml:space=\"preserve\">"
        + escape(text)
        + "</w:t></w:r></w:p>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(FIXED_TIME);
    zip.putNextEntry(entry);
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
