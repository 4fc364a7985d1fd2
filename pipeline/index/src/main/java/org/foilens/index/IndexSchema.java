package org.foilens.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.foilens.PipelineVersion;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Attachment;
import org.foilens.model.Message;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRefs;
import org.foilens.text.Sha256;

/**
 * The Lucene schema, in one place for the pipeline that writes the index and the server that reads
 * it: field names, how each is analysed, and the facets.
 */
public final class IndexSchema {

  public static final String ID = "id";

  /**
   * What a Lucene document is. A block holds one {@code document} (the parent, last) and its
   * children, which carry the parent's {@link #ID}: {@code paragraph} (a numbered paragraph of a
   * notice), {@code message} (one message of a thread, its own words) and {@code attachment} (the
   * text of a file attached to a message, with the message's number).
   */
  public static final String DOC_TYPE = "doc_type";

  public static final String DOCUMENT = "document";
  public static final String PARAGRAPH_TYPE = "paragraph";
  public static final String MESSAGE_TYPE = "message";
  public static final String ATTACHMENT_TYPE = "attachment";

  /** A message's number in its thread, from 1; on message and attachment children. */
  public static final String MESSAGE = "message";

  /** A message's sender role (requester, authority, annotation, system). */
  public static final String ROLE = "role";

  /** A message's sender as written. */
  public static final String FROM = "from";

  /**
   * On a document written by {@code ingest --join-threads}: the folder whose .eml files it was
   * joined from, and the hash of that folder's set of mail files.
   */
  public static final String MAIL_SET = "mail_set";

  public static final String MAIL_SET_SHA = "mail_set_sha";

  /** An attachment's file name, searchable as text. */
  public static final String ATTACHMENT = "attachment";

  /** A paragraph's part (decision, request, reasons, …) and number. */
  public static final String PART = "part";

  public static final String PARAGRAPH = "paragraph";
  public static final String SOURCE = "source";
  public static final String SHA256 = "sha256";

  /** The other source paths of a document's content (the same file under other names). */
  public static final String DUPLICATE = "duplicate";

  /**
   * The {@link PipelineVersion#CURRENT} that analyzed the document: an unchanged file is
   * re-analyzed only when this differs from the running pipeline's.
   */
  public static final String PIPELINE_VERSION = "pipeline_version";

  public static final String KIND = "kind";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String AUTHORITY = "authority";
  public static final String PROVISION = "provision";
  public static final String CASE_REF = "case_ref";
  public static final String STATUS = "status";
  public static final String OUTCOME = "outcome";

  /**
   * The findings on a notice's provisions: each finding alone ({@code not_upheld}), and with each
   * provision it was made on and their ancestors ({@code 35(1)(a) not_upheld}, {@code foia 35
   * not_upheld}, …), so a query can ask for both at once.
   */
  public static final String FINDING = "finding";

  /** The authority's sector from the gazetteer: central government, local government, NHS, … */
  public static final String SECTOR = "sector";

  /**
   * When the document was written into the index, in milliseconds since the epoch: stored, and doc
   * values for sorting newest first (the saved-search feeds). Set by {@link LuceneIndexWriter}.
   */
  public static final String INGESTED = "ingested";

  /** The document date as days since 1970-01-01: points for ranges, doc values for sorting. */
  public static final String DATE_DAYS = "date_days";

  public static final String DATE = "date";
  public static final String YEAR = "year";

  /** The whole contract record as JSON, for document views and exports. */
  public static final String JSON = "json";

  /** Facet dimensions; {@code provision} is hierarchical: act → 35 → 35(1) → 35(1)(a). */
  public static final List<String> FACETS =
      List.of(KIND, AUTHORITY, SECTOR, YEAR, PROVISION, FINDING, OUTCOME, STATUS);

  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  private IndexSchema() {}

  /** The searchable, highlightable text of a document or of any child document in its block. */
  public static Field body(String text) {
    return new Field(BODY, text, BODY_TYPE);
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical(PROVISION, true);
    config.setMultiValued(PROVISION, true);
    config.setMultiValued(FINDING, true);
    return config;
  }

  /** Analysis of text fields when indexing; keyword fields are lower-cased as written. */
  public static Analyzer indexAnalyzer() {
    return perField(LegalAnalyzer.forIndexing());
  }

  /** Analysis of query text: the same, without the provision ancestors. */
  public static Analyzer queryAnalyzer() {
    return perField(LegalAnalyzer.forQueries());
  }

  private static Analyzer perField(Analyzer text) {
    Analyzer keyword = new LowercaseKeywordAnalyzer();
    Analyzer exact = new KeywordAnalyzer();
    Map<String, Analyzer> fields = new HashMap<>();
    for (String f :
        List.of(KIND, PROVISION, CASE_REF, STATUS, OUTCOME, FINDING, SECTOR, PART, ROLE)) {
      fields.put(f, keyword);
    }
    for (String f : List.of(DOC_TYPE, SOURCE, ID, SHA256, MAIL_SET)) {
      fields.put(f, exact);
    }
    return new PerFieldAnalyzerWrapper(text, fields);
  }

  /** The stable id of a document: derived from where it came from, so a re-ingest replaces it. */
  public static String idFor(String source) {
    return HexFormat.of().formatHex(Sha256.of(source), 0, 10);
  }

  /** Only the documents, not the paragraphs indexed beside them. */
  public static Query documentsOnly() {
    return new TermQuery(new Term(DOC_TYPE, DOCUMENT));
  }

  /** The query, restricted to documents: the paragraphs indexed in their blocks left out. */
  public static Query documentsOnly(Query query) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.FILTER)
        .add(documentsOnly(), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Every child of a block: paragraphs, messages and attachments. */
  public static Query childrenOnly() {
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
        .add(documentsOnly(), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /** Only the children of one type: {@link #MESSAGE_TYPE}, {@link #ATTACHMENT_TYPE}, … */
  public static Query childrenOfType(String docType) {
    return new TermQuery(new Term(DOC_TYPE, docType));
  }

  /** Only the paragraphs. */
  public static Query paragraphsOnly() {
    return new TermQuery(new Term(DOC_TYPE, PARAGRAPH_TYPE));
  }

  /**
   * The block of Lucene documents for one analyzed document: a child per numbered paragraph of a
   * notice (part, number, text), a child per message of a thread (number, role, sender, date, its
   * own words) and per attachment with text (the message's number, the file name, the text), each
   * with the document's filter fields so that a search among children can also filter by authority
   * or provision; then the document itself, last, as block joins require. Facet fields are still to
   * be built on the last one.
   *
   * @param messages the thread's messages with their attachments' text; empty for other kinds
   */
  public static List<Document> toBlock(
      AnalyzedDocument doc, String body, List<Message> messages, String json) {
    List<Document> block = new ArrayList<>();
    for (AnalyzedDocument.ContractPart part : doc.parts()) {
      for (AnalyzedDocument.ContractParagraph p : part.paragraphs()) {
        Document c = child(doc, PARAGRAPH_TYPE, p.text());
        c.add(new StringField(PART, part.name(), Field.Store.YES));
        c.add(new StoredField(PARAGRAPH, p.number()));
        block.add(c);
      }
    }
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      Document c = child(doc, MESSAGE_TYPE, m.text() == null ? "" : m.text());
      c.add(new StoredField(MESSAGE, i + 1));
      if (m.role() != null) {
        c.add(new StringField(ROLE, m.role(), Field.Store.YES));
      }
      if (m.from() != null) {
        c.add(new StoredField(FROM, m.from()));
      }
      if (m.date() != null) {
        c.add(new StoredField(DATE, m.date()));
      }
      block.add(c);
      for (Attachment a : m.files()) {
        if (a.text().isBlank()) {
          continue; // named in the message's JSON; nothing to search
        }
        Document f = child(doc, ATTACHMENT_TYPE, a.text());
        f.add(new StoredField(MESSAGE, i + 1));
        f.add(new TextField(ATTACHMENT, a.name(), Field.Store.YES));
        block.add(f);
      }
    }
    block.add(toDocument(doc, body, json));
    return block;
  }

  private static Document child(AnalyzedDocument doc, String docType, String text) {
    Document c = new Document();
    c.add(new StringField(ID, idFor(doc.source()), Field.Store.YES));
    c.add(new StringField(DOC_TYPE, docType, Field.Store.YES));
    c.add(new Field(BODY, text, BODY_TYPE));
    addFilterFields(c, doc);
    return c;
  }

  /** The Lucene document for one analyzed document (facet fields still to be built). */
  public static Document toDocument(AnalyzedDocument doc, String body, String json) {
    Document d = new Document();
    d.add(new StringField(ID, idFor(doc.source()), Field.Store.YES));
    d.add(new StringField(DOC_TYPE, DOCUMENT, Field.Store.YES));
    d.add(new StringField(SOURCE, doc.source(), Field.Store.YES));
    for (String duplicate : doc.duplicates()) {
      d.add(new StringField(DUPLICATE, duplicate, Field.Store.YES));
    }
    if (doc.sha256() != null) {
      d.add(new StringField(SHA256, doc.sha256(), Field.Store.YES));
    }
    d.add(new StringField(PIPELINE_VERSION, PipelineVersion.CURRENT, Field.Store.YES));
    String kind = kind(doc);
    d.add(new StoredField(KIND, kind));
    d.add(new SortedSetDocValuesFacetField(KIND, kind));
    if (doc.title() != null) {
      d.add(new TextField(TITLE, doc.title(), Field.Store.YES));
    }
    d.add(new Field(BODY, body, BODY_TYPE));
    addFilterFields(d, doc);
    if (doc.authority() != null) {
      d.add(new StoredField(AUTHORITY, doc.authority()));
      d.add(new SortedSetDocValuesFacetField(AUTHORITY, doc.authority()));
    }
    if (doc.date() != null) {
      LocalDate date = LocalDate.parse(doc.date());
      d.add(new StoredField(DATE, doc.date()));
      d.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(date.getYear())));
    }
    for (Provision p : doc.provisions()) {
      List<String> path = ProvisionRefs.lineage(p.ref());
      String[] facetPath = new String[path.size() + 1];
      facetPath[0] = p.act();
      for (int i = 0; i < path.size(); i++) {
        facetPath[i + 1] = path.get(i);
      }
      d.add(new SortedSetDocValuesFacetField(PROVISION, facetPath));
    }
    if (doc.status() != null) {
      d.add(new StoredField(STATUS, doc.status()));
      d.add(new SortedSetDocValuesFacetField(STATUS, doc.status()));
    }
    if (doc.sector() != null) {
      d.add(new StoredField(SECTOR, doc.sector()));
      d.add(new SortedSetDocValuesFacetField(SECTOR, doc.sector()));
    }
    for (String finding :
        new LinkedHashSet<>(
            doc.provisions().stream().map(Provision::finding).filter(Objects::nonNull).toList())) {
      d.add(new SortedSetDocValuesFacetField(FINDING, finding));
    }
    if (doc.outcome() != null) {
      d.add(new StoredField(OUTCOME, doc.outcome()));
      d.add(new SortedSetDocValuesFacetField(OUTCOME, doc.outcome()));
    }
    d.add(new StoredField(JSON, json));
    return d;
  }

  /** A document's kind as indexed: {@code other} when it has none. */
  public static String kind(AnalyzedDocument doc) {
    return doc.kind() == null ? "other" : doc.kind();
  }

  /**
   * The fields a query can filter on, indexed alike on a document and on its paragraphs (Lucene
   * requires every document that has a field to index it the same way).
   */
  private static void addFilterFields(Document d, AnalyzedDocument doc) {
    d.add(new StringField(KIND, kind(doc), Field.Store.NO));
    if (doc.authority() != null) {
      d.add(new TextField(AUTHORITY, doc.authority(), Field.Store.NO));
    }
    if (doc.date() != null) {
      int days = (int) LocalDate.parse(doc.date()).toEpochDay();
      d.add(new IntPoint(DATE_DAYS, days));
      d.add(new NumericDocValuesField(DATE_DAYS, days)); // Lucene wants one shape per field name
    }
    for (String term : provisionTerms(doc.provisions())) {
      d.add(new StringField(PROVISION, term, Field.Store.NO));
    }
    for (String ref : doc.caseRefs()) {
      d.add(new StringField(CASE_REF, ref.toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    if (doc.status() != null) {
      d.add(new StringField(STATUS, doc.status(), Field.Store.NO));
    }
    if (doc.outcome() != null) {
      d.add(new StringField(OUTCOME, doc.outcome(), Field.Store.NO));
    }
    if (doc.sector() != null) {
      d.add(new StringField(SECTOR, doc.sector().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    for (String term : findingTerms(doc.provisions())) {
      d.add(new StringField(FINDING, term, Field.Store.NO));
    }
  }

  /** Marks the document of a block with the time it was written into the index. */
  public static void addIngested(Document d, Instant when) {
    d.add(new StoredField(INGESTED, when.toEpochMilli()));
    d.add(new NumericDocValuesField(INGESTED, when.toEpochMilli()));
  }

  /**
   * The terms a finding query matches: {@code not_upheld}, and {@code 35(1)(a) not_upheld}, {@code
   * foia 35(1)(a) not_upheld} for the provision and each of its ancestors.
   */
  public static Set<String> findingTerms(List<Provision> provisions) {
    Set<String> terms = new LinkedHashSet<>();
    for (Provision p : provisions) {
      if (p.finding() == null) {
        continue;
      }
      terms.add(p.finding());
      for (String ref : ProvisionRefs.lineage(p.ref())) {
        String r = ref.toLowerCase(Locale.ROOT);
        terms.add(r + " " + p.finding());
        terms.add(p.act().toLowerCase(Locale.ROOT) + " " + r + " " + p.finding());
      }
    }
    return terms;
  }

  /**
   * The terms a provision query matches: each provision and its ancestors, with and without the
   * Act, lower-cased: {@code 35(1)(a)}, {@code 35(1)}, {@code 35}, {@code foia 35(1)(a)}, …
   */
  public static Set<String> provisionTerms(List<Provision> provisions) {
    Set<String> terms = new LinkedHashSet<>();
    for (Provision p : provisions) {
      for (String ref : ProvisionRefs.lineage(p.ref())) {
        String r = ref.toLowerCase(Locale.ROOT);
        terms.add(r);
        terms.add(p.act().toLowerCase(Locale.ROOT) + " " + r);
      }
    }
    return terms;
  }
}
