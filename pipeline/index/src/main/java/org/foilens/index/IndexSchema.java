package org.foilens.index;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.foilens.PipelineVersion;
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

  /**
   * The authority's name exactly, case aside: what a click on an authority and the authority page
   * filter on ({@link #AUTHORITY} matches words within the name).
   */
  public static final String AUTHORITY_NAME = "authority_name";

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

  /**
   * The Commissioner's ruling on each provision of a notice and on each provision above it, the
   * findings below it combined ({@link org.foilens.model.Finding#combine}): {@code foia 40
   * not_upheld} when every finding under FOIA 40 went the authority's way, {@code foia 40
   * partly_upheld} when they went both ways. One ruling per provision and notice, so that counts of
   * rulings add up. The ICO's published decision counts where the notice came with its listing
   * ({@link NoticeRulings}).
   */
  public static final String RULING = "ruling";

  /**
   * Where a notice's rulings were read: {@code ico_listing} (the ICO's published decisions, for a
   * notice fetched with its listing) or {@code text} (the pipeline's reading of the notice), and
   * {@code disagree} beside it where the two differ on a provision.
   */
  public static final String RULING_SOURCE = "ruling_source";

  /** Whether the authority answered late ({@code true} or {@code false}); absent when unknown. */
  public static final String LATE = "late";

  /** Working days from the request to the authority's first reply; absent when unknown. */
  public static final String WORKING_DAYS = "working_days";

  /**
   * A decision notice's calendar days from the complaint to the decision: a facet counted only on
   * request (the authority page's median).
   */
  public static final String DECISION_DAYS = "decision_days";

  /** The people and the organisations a document names. */
  public static final String PERSON = "person";

  public static final String ORGANISATION = "organisation";

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
      IndexFields.FACETS.stream().map(FacetDimension::name).toList();

  private IndexSchema() {}

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
    for (IndexField f : IndexFields.ALL) {
      switch (f.type()) {
        case KEYWORD -> fields.put(f.name(), keyword);
        case EXACT -> fields.put(f.name(), exact);
        default -> {} // words: the legal-reference analyzer
      }
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
   * The terms a finding query matches: {@code not_upheld}, and {@code 35(1)(a) not_upheld}, {@code
   * foia 35(1)(a) not_upheld} for the provision and each of its ancestors.
   */
  public static Set<String> findingTerms(List<Provision> provisions) {
    Set<String> terms = new LinkedHashSet<>();
    for (Provision p : provisions) {
      if (p.finding() == null) {
        continue;
      }
      String finding = p.finding().label();
      String act = p.act().label().toLowerCase(Locale.ROOT);
      terms.add(finding);
      for (String ref : ProvisionRefs.lineage(p.ref())) {
        String r = ref.toLowerCase(Locale.ROOT);
        terms.add(r + " " + finding);
        terms.add(act + " " + r + " " + finding);
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
        terms.add(p.act().label().toLowerCase(Locale.ROOT) + " " + r);
      }
    }
    return terms;
  }
}
