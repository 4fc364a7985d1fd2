package org.foilens.index;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.foilens.Pipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Provision;
import org.foilens.tag.ProvisionRefs;

/**
 * The Lucene schema, in one place for the pipeline that writes the index and the server that
 * reads it: field names, how each is analysed, and the facets.
 */
public final class IndexSchema {

  public static final String ID = "id";
  /** {@code document} for a document, {@code paragraph} for a notice paragraph in its block. */
  public static final String DOC_TYPE = "doc_type";
  public static final String DOCUMENT = "document";
  public static final String PARAGRAPH_TYPE = "paragraph";
  /** A paragraph's part (decision, request, reasons, …) and number. */
  public static final String PART = "part";
  public static final String PARAGRAPH = "paragraph";
  public static final String SOURCE = "source";
  public static final String SHA256 = "sha256";
  /** The other source paths of a document's content (the same file under other names). */
  public static final String DUPLICATE = "duplicate";
  /**
   * The {@link Pipeline#VERSION} that analyzed the document: an unchanged file is re-analyzed only
   * when this differs from the running pipeline's.
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
  /** The document date as days since 1970-01-01: points for ranges, doc values for sorting. */
  public static final String DATE_DAYS = "date_days";
  public static final String DATE = "date";
  public static final String YEAR = "year";
  /** The whole contract record as JSON, for document views and exports. */
  public static final String JSON = "json";

  /** Facet dimensions; {@code provision} is hierarchical: act → 35 → 35(1) → 35(1)(a). */
  public static final List<String> FACETS = List.of(KIND, AUTHORITY, YEAR, PROVISION, OUTCOME);

  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  private IndexSchema() {}

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical(PROVISION, true);
    config.setMultiValued(PROVISION, true);
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
    return new PerFieldAnalyzerWrapper(
        text,
        Map.of(
            KIND, keyword, PROVISION, keyword, CASE_REF, keyword, STATUS, keyword, OUTCOME, keyword,
            PART, keyword, DOC_TYPE, new KeywordAnalyzer(),
            SOURCE, new KeywordAnalyzer(), ID, new KeywordAnalyzer(), SHA256, new KeywordAnalyzer()));
  }

  /** The stable id of a document: derived from where it came from, so a re-ingest replaces it. */
  public static String idFor(String source) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 10);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Only the documents, not the paragraphs indexed beside them. */
  public static org.apache.lucene.search.Query documentsOnly() {
    return new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(DOC_TYPE, DOCUMENT));
  }

  /** The query, restricted to documents: the paragraphs indexed in their blocks left out. */
  public static org.apache.lucene.search.Query documentsOnly(org.apache.lucene.search.Query query) {
    return new org.apache.lucene.search.BooleanQuery.Builder()
        .add(query, org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .add(documentsOnly(), org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .build();
  }

  /** Only the paragraphs. */
  public static org.apache.lucene.search.Query paragraphsOnly() {
    return new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(DOC_TYPE, PARAGRAPH_TYPE));
  }

  /**
   * The block of Lucene documents for one analyzed document: a child per numbered paragraph of a
   * notice (part, number, text, and the document's filter fields, so that a search within a part
   * can also filter by authority or provision), then the document itself, last, as block joins
   * require. Facet fields are still to be built on the last one.
   */
  public static List<Document> toBlock(AnalyzedDocument doc, String body, String json) {
    List<Document> block = new java.util.ArrayList<>();
    for (AnalyzedDocument.ContractPart part : doc.parts()) {
      for (AnalyzedDocument.ContractParagraph p : part.paragraphs()) {
        Document c = new Document();
        c.add(new StringField(ID, idFor(doc.source()), Field.Store.YES));
        c.add(new StringField(DOC_TYPE, PARAGRAPH_TYPE, Field.Store.NO));
        c.add(new StringField(PART, part.name(), Field.Store.YES));
        c.add(new StoredField(PARAGRAPH, p.number()));
        c.add(new Field(BODY, p.text(), BODY_TYPE));
        addFilterFields(c, doc);
        block.add(c);
      }
    }
    block.add(toDocument(doc, body, json));
    return block;
  }

  /** The Lucene document for one analyzed document (facet fields still to be built). */
  public static Document toDocument(AnalyzedDocument doc, String body, String json) {
    Document d = new Document();
    d.add(new StringField(ID, idFor(doc.source()), Field.Store.YES));
    d.add(new StringField(DOC_TYPE, DOCUMENT, Field.Store.NO));
    d.add(new StringField(SOURCE, doc.source(), Field.Store.YES));
    for (String duplicate : doc.duplicates()) {
      d.add(new StringField(DUPLICATE, duplicate, Field.Store.YES));
    }
    if (doc.sha256() != null) {
      d.add(new StringField(SHA256, doc.sha256(), Field.Store.YES));
    }
    d.add(new StringField(PIPELINE_VERSION, Pipeline.VERSION, Field.Store.YES));
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
    }
    if (doc.outcome() != null) {
      d.add(new StoredField(OUTCOME, doc.outcome()));
      d.add(new SortedSetDocValuesFacetField(OUTCOME, doc.outcome()));
    }
    d.add(new StoredField(JSON, json));
    return d;
  }

  private static String kind(AnalyzedDocument doc) {
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
  }

  /**
   * The terms a provision query matches: each provision and its ancestors, with and without the
   * Act, lower-cased: {@code 35(1)(a)}, {@code 35(1)}, {@code 35}, {@code foia 35(1)(a)}, …
   */
  static Set<String> provisionTerms(List<Provision> provisions) {
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
