package org.foilens.index;

import static org.foilens.index.IndexField.Type.BODY;
import static org.foilens.index.IndexField.Type.EXACT;
import static org.foilens.index.IndexField.Type.INT;
import static org.foilens.index.IndexField.Type.KEYWORD;
import static org.foilens.index.IndexField.Type.LONG;
import static org.foilens.index.IndexField.Type.STORED;
import static org.foilens.index.IndexField.Type.TEXT;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.foilens.PipelineVersion;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Attachment;
import org.foilens.model.Message;
import org.foilens.model.NoticeOutline;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRefs;
import org.foilens.model.Vocabulary;

/**
 * The index's fields in one table, and what each holds of an analyzed document. A document is a
 * block: its children first (a notice's numbered paragraphs, a thread's messages and their
 * attachments' text), the document itself last. The fields a query filters on are on the document
 * and on every child alike, so that a search among children can filter by authority or provision.
 * The Lucene writer ({@link LuceneDocuments}), the Solr writer and the configset's schema (checked
 * in a test) all follow this table.
 */
public final class IndexFields {

  // The document's own fields.
  public static final IndexField ID = field(IndexSchema.ID, EXACT, true, false);
  public static final IndexField DOC_TYPE = field(IndexSchema.DOC_TYPE, EXACT, true, false);
  public static final IndexField SOURCE = field(IndexSchema.SOURCE, EXACT, true, false);
  public static final IndexField DUPLICATE = field(IndexSchema.DUPLICATE, EXACT, true, true);
  public static final IndexField SHA256 = field(IndexSchema.SHA256, EXACT, true, false);
  public static final IndexField PIPELINE_VERSION =
      field(IndexSchema.PIPELINE_VERSION, EXACT, true, false);
  public static final IndexField TITLE = field(IndexSchema.TITLE, TEXT, true, false);
  public static final IndexField BODY_TEXT = field(IndexSchema.BODY, BODY, true, false);
  public static final IndexField DATE = field(IndexSchema.DATE, STORED, true, false);
  public static final IndexField JSON = field(IndexSchema.JSON, STORED, true, false);
  public static final IndexField MAIL_SET = field(IndexSchema.MAIL_SET, EXACT, true, false);
  public static final IndexField MAIL_SET_SHA =
      field(IndexSchema.MAIL_SET_SHA, STORED, true, false);
  public static final IndexField INGESTED = field(IndexSchema.INGESTED, LONG, true, false);

  // The fields a query filters on: on the document and on each of its children.
  public static final IndexField KIND = field(IndexSchema.KIND, KEYWORD, true, false);
  public static final IndexField AUTHORITY = field(IndexSchema.AUTHORITY, TEXT, true, false);
  public static final IndexField DATE_DAYS = field(IndexSchema.DATE_DAYS, INT, false, false);
  public static final IndexField PROVISION = field(IndexSchema.PROVISION, KEYWORD, false, true);
  public static final IndexField CASE_REF = field(IndexSchema.CASE_REF, KEYWORD, false, true);
  public static final IndexField STATUS = field(IndexSchema.STATUS, KEYWORD, true, false);
  public static final IndexField OUTCOME = field(IndexSchema.OUTCOME, KEYWORD, true, false);
  public static final IndexField SECTOR = field(IndexSchema.SECTOR, KEYWORD, true, false);
  public static final IndexField FINDING = field(IndexSchema.FINDING, KEYWORD, false, true);

  // The children's own fields.
  public static final IndexField PART = field(IndexSchema.PART, KEYWORD, true, false);
  public static final IndexField PARAGRAPH = field(IndexSchema.PARAGRAPH, INT, true, false);
  public static final IndexField MESSAGE = field(IndexSchema.MESSAGE, INT, true, false);
  public static final IndexField ROLE = field(IndexSchema.ROLE, KEYWORD, true, false);
  public static final IndexField FROM = field(IndexSchema.FROM, STORED, true, false);
  public static final IndexField ATTACHMENT = field(IndexSchema.ATTACHMENT, TEXT, true, false);

  /** Every field, each once. */
  public static final List<IndexField> ALL =
      List.of(
          ID,
          DOC_TYPE,
          SOURCE,
          DUPLICATE,
          SHA256,
          PIPELINE_VERSION,
          TITLE,
          BODY_TEXT,
          DATE,
          JSON,
          MAIL_SET,
          MAIL_SET_SHA,
          INGESTED,
          KIND,
          AUTHORITY,
          DATE_DAYS,
          PROVISION,
          CASE_REF,
          STATUS,
          OUTCOME,
          SECTOR,
          FINDING,
          PART,
          PARAGRAPH,
          MESSAGE,
          ROLE,
          FROM,
          ATTACHMENT);

  /** The facets, in the order the API lists them. */
  public static final List<FacetDimension> FACETS =
      List.of(
          new FacetDimension(IndexSchema.KIND, false, false),
          new FacetDimension(IndexSchema.AUTHORITY, false, false),
          new FacetDimension(IndexSchema.SECTOR, false, false),
          new FacetDimension(IndexSchema.YEAR, false, false),
          new FacetDimension(IndexSchema.PROVISION, true, true),
          new FacetDimension(IndexSchema.FINDING, false, true),
          new FacetDimension(IndexSchema.OUTCOME, false, false),
          new FacetDimension(IndexSchema.STATUS, false, false));

  /** One value of a field. */
  public record Value(IndexField field, Object value) {}

  /** One facet value: a path of one level, or of several for a hierarchical facet. */
  public record FacetValue(FacetDimension dimension, List<String> path) {}

  /**
   * A child of a block.
   *
   * @param key its place in the block, unique within it: {@code p3} (the third paragraph), {@code
   *     m2} (the second message), {@code m2.a1} (that message's first attachment)
   * @param docType paragraph, message or attachment
   * @param text its searchable text
   * @param own its own fields, beside the id, type, text and filter fields every child has
   */
  public record Child(String key, String docType, String text, List<Value> own) {}

  private IndexFields() {}

  private static IndexField field(
      String name, IndexField.Type type, boolean stored, boolean multiValued) {
    return new IndexField(name, type, stored, multiValued);
  }

  /** The facet of a name. */
  public static FacetDimension facet(String name) {
    return FACETS.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * The document's own fields, with the filter fields among them.
   *
   * @param json the document's contract record as JSON
   */
  public static List<Value> document(DocumentRecord record, String json) {
    AnalyzedDocument doc = record.document();
    List<Value> out = new ArrayList<>();
    add(out, ID, record.id());
    add(out, DOC_TYPE, IndexSchema.DOCUMENT);
    add(out, SOURCE, doc.source());
    doc.origin().duplicates().forEach(d -> add(out, DUPLICATE, d));
    add(out, SHA256, doc.origin().sha256());
    add(out, PIPELINE_VERSION, PipelineVersion.CURRENT);
    add(out, TITLE, doc.title());
    add(out, BODY_TEXT, record.body());
    out.addAll(filters(record));
    add(out, DATE, doc.date() == null ? null : doc.date().toString());
    add(out, JSON, json);
    add(out, MAIL_SET, record.mailSet());
    add(out, MAIL_SET_SHA, record.mailSet() == null ? null : record.mailSetSha());
    add(out, INGESTED, record.ingested().toEpochMilli());
    return out;
  }

  /** The fields a query filters on, which the document and every child carry. */
  public static List<Value> filters(DocumentRecord record) {
    AnalyzedDocument doc = record.document();
    List<Value> out = new ArrayList<>();
    add(out, KIND, kind(doc));
    add(out, AUTHORITY, doc.authority());
    add(out, DATE_DAYS, doc.date() == null ? null : (int) doc.date().toEpochDay());
    IndexSchema.provisionTerms(doc.provisions()).forEach(t -> add(out, PROVISION, t));
    doc.mentions().caseRefs().forEach(r -> add(out, CASE_REF, r));
    add(out, STATUS, Vocabulary.labelOf(doc.correspondence().status()));
    add(out, OUTCOME, Vocabulary.labelOf(doc.ruling().outcome()));
    add(out, SECTOR, doc.sector());
    IndexSchema.findingTerms(doc.provisions()).forEach(t -> add(out, FINDING, t));
    return out;
  }

  /** The document's facet values. */
  public static List<FacetValue> facets(DocumentRecord record) {
    AnalyzedDocument doc = record.document();
    List<FacetValue> out = new ArrayList<>();
    facet(out, IndexSchema.KIND, kind(doc));
    facet(out, IndexSchema.AUTHORITY, doc.authority());
    facet(out, IndexSchema.SECTOR, doc.sector());
    facet(
        out, IndexSchema.YEAR, doc.date() == null ? null : Integer.toString(doc.date().getYear()));
    for (Provision p : doc.provisions()) {
      List<String> path = new ArrayList<>();
      path.add(p.act().label());
      path.addAll(ProvisionRefs.lineage(p.ref()));
      out.add(new FacetValue(facet(IndexSchema.PROVISION), List.copyOf(path)));
    }
    new LinkedHashSet<>(
            doc.provisions().stream().map(Provision::finding).filter(Objects::nonNull).toList())
        .forEach(f -> facet(out, IndexSchema.FINDING, f.label()));
    facet(out, IndexSchema.OUTCOME, Vocabulary.labelOf(doc.ruling().outcome()));
    facet(out, IndexSchema.STATUS, Vocabulary.labelOf(doc.correspondence().status()));
    return out;
  }

  /** The block's children, in order: paragraphs, then each message followed by its attachments. */
  public static List<Child> children(DocumentRecord record) {
    List<Child> out = new ArrayList<>();
    int paragraph = 0;
    for (NoticeOutline.Part part : record.document().notice().parts()) {
      for (NoticeOutline.Paragraph p : part.paragraphs()) {
        out.add(
            new Child(
                "p" + ++paragraph,
                IndexSchema.PARAGRAPH_TYPE,
                p.text(),
                List.of(new Value(PART, part.name()), new Value(PARAGRAPH, p.number()))));
      }
    }
    List<Message> messages = record.messages();
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      List<Value> own = new ArrayList<>();
      add(own, MESSAGE, i + 1);
      add(own, ROLE, Vocabulary.labelOf(m.role()));
      add(own, FROM, m.from());
      add(own, DATE, m.date() == null ? null : m.date().toString());
      String key = "m" + (i + 1);
      out.add(new Child(key, IndexSchema.MESSAGE_TYPE, m.text() == null ? "" : m.text(), own));
      for (int j = 0; j < m.files().size(); j++) {
        Attachment a = m.files().get(j);
        if (a.text().isBlank()) {
          continue; // named in the message's JSON; nothing to search
        }
        out.add(
            new Child(
                key + ".a" + (j + 1),
                IndexSchema.ATTACHMENT_TYPE,
                a.text(),
                List.of(new Value(MESSAGE, i + 1), new Value(ATTACHMENT, a.name()))));
      }
    }
    return out;
  }

  /** A document's kind as indexed: {@code other} when it has none. */
  public static String kind(AnalyzedDocument doc) {
    return doc.kind() == null ? "other" : doc.kind().label();
  }

  private static void add(List<Value> out, IndexField field, Object value) {
    if (value != null) {
      out.add(new Value(field, value));
    }
  }

  private static void facet(List<FacetValue> out, String name, String value) {
    if (value != null) {
      out.add(new FacetValue(facet(name), List.of(value)));
    }
  }
}
