package org.foilens.solr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.foilens.index.DocumentRecord;
import org.foilens.index.FacetDimension;
import org.foilens.index.IndexFields;
import org.foilens.index.IndexSchema;

/**
 * The Solr block of one document, made from the {@link IndexFields} table as the Lucene block is,
 * in the names of the configset's schema. The parent's {@code uid} is the document's id; its
 * children are anonymous child documents with uids derived from it ({@code ID.p3}, {@code ID.m2},
 * {@code ID.m2.a1}), so that writing the block again replaces every child.
 */
public final class SolrDocuments {

  public static final String UID = "uid";

  private SolrDocuments() {}

  /** The parent with its children, ready to send; {@code json} is the contract record. */
  public static SolrInputDocument toBlock(DocumentRecord record, String json) {
    String id = record.id();
    SolrInputDocument parent = new SolrInputDocument();
    parent.addField(UID, id);
    IndexFields.document(record, json).forEach(v -> parent.addField(v.field().name(), v.value()));
    Set<String> provisionPaths = new LinkedHashSet<>();
    for (IndexFields.FacetValue f : IndexFields.facets(record)) {
      FacetDimension dim = f.dimension();
      if (dim.hierarchical()) {
        provisionPaths.addAll(depthPaths(f.path()));
      } else {
        parent.addField(dim.solrField(), f.path().get(0));
      }
    }
    String provisionFacet = IndexFields.facet(IndexSchema.PROVISION).solrField();
    provisionPaths.forEach(p -> parent.addField(provisionFacet, p));
    List<IndexFields.Value> filters = IndexFields.filters(record);
    for (IndexFields.Child child : IndexFields.children(record)) {
      SolrInputDocument c = new SolrInputDocument();
      c.addField(UID, id + "." + child.key());
      c.addField(IndexFields.ID.name(), id);
      c.addField(IndexFields.DOC_TYPE.name(), child.docType());
      c.addField(IndexFields.BODY_TEXT.name(), child.text());
      filters.forEach(v -> c.addField(v.field().name(), v.value()));
      child.own().forEach(v -> c.addField(v.field().name(), v.value()));
      parent.addChildDocument(c);
    }
    return parent;
  }

  /**
   * The values of a hierarchical facet path: each level prefixed with its depth, so that a facet
   * with a prefix lists one level below a path: {@code 0/FOIA}, {@code 1/FOIA/35}, {@code
   * 2/FOIA/35/35(1)}, {@code 3/FOIA/35/35(1)/35(1)(a)}.
   */
  static List<String> depthPaths(List<String> path) {
    StringBuilder sb = new StringBuilder();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < path.size(); i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(path.get(i));
      out.add(i + "/" + sb);
    }
    return out;
  }
}
