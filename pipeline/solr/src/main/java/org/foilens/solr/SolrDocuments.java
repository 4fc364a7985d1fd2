package org.foilens.solr;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.foilens.PipelineVersion;
import org.foilens.index.DocumentRecord;
import org.foilens.index.IndexSchema;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Attachment;
import org.foilens.model.Message;
import org.foilens.model.Provision;
import org.foilens.model.ProvisionRefs;

/**
 * The Solr block of one document: {@link IndexSchema#toBlock} field for field, in the names of the
 * configset's schema. The parent's {@code uid} is the document's id; its children are anonymous
 * child documents with uids derived from it ({@code ID.p3}, {@code ID.m2}, {@code ID.m2.a1}), so
 * that writing the block again replaces every child.
 */
public final class SolrDocuments {

  public static final String UID = "uid";

  private SolrDocuments() {}

  /** The parent with its children, ready to send; {@code json} is the contract record. */
  public static SolrInputDocument toBlock(DocumentRecord record, String json) {
    AnalyzedDocument doc = record.document();
    String id = record.id();
    SolrInputDocument parent = parent(record, id, json);
    int paragraph = 0;
    for (AnalyzedDocument.ContractPart part : doc.parts()) {
      for (AnalyzedDocument.ContractParagraph p : part.paragraphs()) {
        SolrInputDocument c =
            child(doc, id, id + ".p" + ++paragraph, IndexSchema.PARAGRAPH_TYPE, p.text());
        c.addField(IndexSchema.PART, part.name());
        c.addField(IndexSchema.PARAGRAPH, p.number());
        parent.addChildDocument(c);
      }
    }
    List<Message> messages = record.messages();
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      String uid = id + ".m" + (i + 1);
      SolrInputDocument c =
          child(doc, id, uid, IndexSchema.MESSAGE_TYPE, m.text() == null ? "" : m.text());
      c.addField(IndexSchema.MESSAGE, i + 1);
      addIfPresent(c, IndexSchema.ROLE, m.role());
      addIfPresent(c, IndexSchema.FROM, m.from());
      addIfPresent(c, IndexSchema.DATE, m.date());
      parent.addChildDocument(c);
      for (int j = 0; j < m.files().size(); j++) {
        Attachment a = m.files().get(j);
        if (a.text().isBlank()) {
          continue; // named in the message's JSON; nothing to search
        }
        SolrInputDocument f =
            child(doc, id, uid + ".a" + (j + 1), IndexSchema.ATTACHMENT_TYPE, a.text());
        f.addField(IndexSchema.MESSAGE, i + 1);
        f.addField(IndexSchema.ATTACHMENT, a.name());
        parent.addChildDocument(f);
      }
    }
    return parent;
  }

  private static SolrInputDocument parent(DocumentRecord record, String id, String json) {
    AnalyzedDocument doc = record.document();
    SolrInputDocument d = new SolrInputDocument();
    d.addField(UID, id);
    d.addField(IndexSchema.ID, id);
    d.addField(IndexSchema.DOC_TYPE, IndexSchema.DOCUMENT);
    d.addField(IndexSchema.SOURCE, doc.source());
    for (String duplicate : doc.duplicates()) {
      d.addField(IndexSchema.DUPLICATE, duplicate);
    }
    addIfPresent(d, IndexSchema.SHA256, doc.sha256());
    d.addField(IndexSchema.PIPELINE_VERSION, PipelineVersion.CURRENT);
    d.addField("kind_facet", IndexSchema.kind(doc));
    addIfPresent(d, IndexSchema.TITLE, doc.title());
    d.addField(IndexSchema.BODY, record.body());
    addFilterFields(d, doc);
    addIfPresent(d, "authority_facet", doc.authority());
    if (doc.date() != null) {
      d.addField(IndexSchema.DATE, doc.date());
      d.addField("year_facet", Integer.toString(LocalDate.parse(doc.date()).getYear()));
    }
    for (String path : provisionPaths(doc.provisions())) {
      d.addField("provision_facet", path);
    }
    addIfPresent(d, "status_facet", doc.status());
    addIfPresent(d, "sector_facet", doc.sector());
    for (String finding :
        new LinkedHashSet<>(
            doc.provisions().stream().map(Provision::finding).filter(Objects::nonNull).toList())) {
      d.addField("finding_facet", finding);
    }
    addIfPresent(d, "outcome_facet", doc.outcome());
    d.addField(IndexSchema.JSON, json);
    addIfPresent(d, IndexSchema.MAIL_SET, record.mailSet());
    addIfPresent(d, IndexSchema.MAIL_SET_SHA, record.mailSetSha());
    d.addField(IndexSchema.INGESTED, record.ingested().toEpochMilli());
    return d;
  }

  private static SolrInputDocument child(
      AnalyzedDocument doc, String id, String uid, String docType, String text) {
    SolrInputDocument c = new SolrInputDocument();
    c.addField(UID, uid);
    c.addField(IndexSchema.ID, id);
    c.addField(IndexSchema.DOC_TYPE, docType);
    c.addField(IndexSchema.BODY, text);
    addFilterFields(c, doc);
    return c;
  }

  /** The fields a query filters on, on the parent and on every child, as in IndexSchema. */
  private static void addFilterFields(SolrInputDocument d, AnalyzedDocument doc) {
    d.addField(IndexSchema.KIND, IndexSchema.kind(doc));
    addIfPresent(d, IndexSchema.AUTHORITY, doc.authority());
    if (doc.date() != null) {
      d.addField(IndexSchema.DATE_DAYS, (int) LocalDate.parse(doc.date()).toEpochDay());
    }
    for (String term : IndexSchema.provisionTerms(doc.provisions())) {
      d.addField(IndexSchema.PROVISION, term);
    }
    for (String ref : doc.caseRefs()) {
      d.addField(IndexSchema.CASE_REF, ref.toLowerCase(Locale.ROOT));
    }
    addIfPresent(d, IndexSchema.STATUS, doc.status());
    addIfPresent(d, IndexSchema.OUTCOME, doc.outcome());
    addIfPresent(d, IndexSchema.SECTOR, doc.sector());
    for (String term : IndexSchema.findingTerms(doc.provisions())) {
      d.addField(IndexSchema.FINDING, term);
    }
  }

  /**
   * The provision facet's values: each level of each provision's path, prefixed with its depth, so
   * that a facet with a prefix lists one level below a path: {@code 0/FOIA}, {@code 1/FOIA/35},
   * {@code 2/FOIA/35/35(1)}, {@code 3/FOIA/35/35(1)/35(1)(a)}.
   */
  static Set<String> provisionPaths(List<Provision> provisions) {
    Set<String> paths = new LinkedHashSet<>();
    for (Provision p : provisions) {
      StringBuilder path = new StringBuilder(p.act());
      paths.add("0/" + path);
      List<String> lineage = ProvisionRefs.lineage(p.ref());
      for (int i = 0; i < lineage.size(); i++) {
        path.append('/').append(lineage.get(i));
        paths.add((i + 1) + "/" + path);
      }
    }
    return paths;
  }

  private static void addIfPresent(SolrInputDocument d, String field, Object value) {
    if (value != null) {
      d.addField(field, value);
    }
  }
}
