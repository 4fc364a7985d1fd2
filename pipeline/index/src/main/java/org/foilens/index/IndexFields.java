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
import org.foilens.model.Finding;
import org.foilens.model.Lifecycle;
import org.foilens.model.Message;
import org.foilens.model.NoticeOutline;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRefs;
import org.foilens.model.Timeline;
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
  public static final IndexField AUTHORITY_NAME =
      field(IndexSchema.AUTHORITY_NAME, KEYWORD, false, false);
  public static final IndexField RULING = field(IndexSchema.RULING, KEYWORD, false, true);
  public static final IndexField RULING_SOURCE =
      field(IndexSchema.RULING_SOURCE, KEYWORD, false, true);
  public static final IndexField LATE = field(IndexSchema.LATE, KEYWORD, false, false);
  public static final IndexField WORKING_DAYS = field(IndexSchema.WORKING_DAYS, INT, false, false);

  // Filtered on, on the document only: long lists that the children need not repeat.
  public static final IndexField PERSON = field(IndexSchema.PERSON, KEYWORD, false, true);
  public static final IndexField ORGANISATION =
      field(IndexSchema.ORGANISATION, KEYWORD, false, true);

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
          AUTHORITY_NAME,
          RULING,
          RULING_SOURCE,
          LATE,
          WORKING_DAYS,
          PERSON,
          ORGANISATION,
          PART,
          PARAGRAPH,
          MESSAGE,
          ROLE,
          FROM,
          ATTACHMENT);

  /**
   * The facets, in the order the API lists them. The ruling facet's values are the rulings at one
   * level of the provision tree (see {@link #rulingLabel}); working days and days to a decision are
   * counted only when a request asks for them (the authority page's medians).
   */
  public static final List<FacetDimension> FACETS =
      List.of(
          new FacetDimension(IndexSchema.KIND, false, false, false),
          new FacetDimension(IndexSchema.AUTHORITY, false, false, false),
          new FacetDimension(IndexSchema.SECTOR, false, false, false),
          new FacetDimension(IndexSchema.YEAR, false, false, false),
          new FacetDimension(IndexSchema.PROVISION, true, true, false),
          new FacetDimension(IndexSchema.RULING, false, true, false),
          new FacetDimension(IndexSchema.RULING_SOURCE, false, true, false),
          new FacetDimension(IndexSchema.FINDING, false, true, false),
          new FacetDimension(IndexSchema.OUTCOME, false, false, false),
          new FacetDimension(IndexSchema.STATUS, false, false, false),
          new FacetDimension(IndexSchema.LATE, false, false, false),
          new FacetDimension(IndexSchema.PERSON, false, true, false),
          new FacetDimension(IndexSchema.ORGANISATION, false, true, false),
          new FacetDimension(IndexSchema.WORKING_DAYS, false, false, true),
          new FacetDimension(IndexSchema.DECISION_DAYS, false, false, true));

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
    doc.mentions().persons().forEach(n -> add(out, PERSON, n));
    doc.mentions().organisations().forEach(n -> add(out, ORGANISATION, n));
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
    add(out, AUTHORITY_NAME, doc.authority());
    NoticeRulings rulings = NoticeRulings.of(doc);
    rulings.terms().forEach(t -> add(out, RULING, t));
    rulings.sources().forEach(t -> add(out, RULING_SOURCE, t));
    ResponseTime time = responseTime(doc);
    add(out, LATE, time.late() == null ? null : time.late().toString());
    add(out, WORKING_DAYS, time.workingDays());
    return out;
  }

  /**
   * How long the authority took to answer, where the document says: a thread's lifecycle, or a
   * decision notice's timeline, so that the late filter, its facet and the authority page count
   * both.
   *
   * @param workingDays working days from the request to the first reply, or null
   * @param late whether that was late, or null
   */
  public record ResponseTime(Integer workingDays, Boolean late) {}

  /** The response time a document records, nulls where it records none. */
  public static ResponseTime responseTime(AnalyzedDocument doc) {
    Timeline t = doc.timeline();
    if (t != null) {
      return new ResponseTime(t.responseWorkingDays(), t.late());
    }
    Lifecycle l = doc.correspondence().lifecycle();
    return l == null ? new ResponseTime(null, null) : new ResponseTime(l.workingDays(), l.late());
  }

  /**
   * The ruling facet's value for a provision's ruling: its depth in the provision tree, its path
   * and the finding, {@code 1/FOIA/40/not_upheld} (section 40), {@code 2/FOIA/40/40(2)/upheld}, so
   * that the rulings at one level are those with one prefix, as the provision facet's levels are.
   */
  public static String rulingLabel(List<String> path, Finding finding) {
    return (path.size() - 1) + "/" + String.join("/", path) + "/" + finding.label();
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
    NoticeRulings rulings = NoticeRulings.of(doc);
    rulings
        .byPath()
        .forEach((path, finding) -> facet(out, IndexSchema.RULING, rulingLabel(path, finding)));
    rulings.sources().forEach(s -> facet(out, IndexSchema.RULING_SOURCE, s));
    new LinkedHashSet<>(
            doc.provisions().stream().map(Provision::finding).filter(Objects::nonNull).toList())
        .forEach(f -> facet(out, IndexSchema.FINDING, f.label()));
    facet(out, IndexSchema.OUTCOME, Vocabulary.labelOf(doc.ruling().outcome()));
    facet(out, IndexSchema.STATUS, Vocabulary.labelOf(doc.correspondence().status()));
    ResponseTime time = responseTime(doc);
    facet(out, IndexSchema.LATE, time.late() == null ? null : time.late().toString());
    new LinkedHashSet<>(doc.mentions().persons()).forEach(n -> facet(out, IndexSchema.PERSON, n));
    new LinkedHashSet<>(doc.mentions().organisations())
        .forEach(n -> facet(out, IndexSchema.ORGANISATION, n));
    facet(
        out,
        IndexSchema.WORKING_DAYS,
        time.workingDays() == null ? null : time.workingDays().toString());
    Timeline t = doc.timeline();
    facet(
        out,
        IndexSchema.DECISION_DAYS,
        t == null || t.decisionDays() == null ? null : t.decisionDays().toString());
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

  /**
   * A facet value; a blank one is none (Lucene refuses an empty facet label, and so a document).
   */
  private static void facet(List<FacetValue> out, String name, String value) {
    if (value != null && !value.isBlank()) {
      out.add(new FacetValue(facet(name), List.of(value)));
    }
  }
}
