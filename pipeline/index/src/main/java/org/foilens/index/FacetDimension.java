package org.foilens.index;

/**
 * A facet of the index: counted per value over a search's matches. Lucene keeps it as a sorted-set
 * doc-values facet (the provision facet as a hierarchy, Act → 35 → 35(1) → 35(1)(a)); Solr as a
 * doc-values field {@code NAME_facet}, the provision's levels prefixed with their depth.
 *
 * @param name the dimension, as the API names it
 * @param hierarchical whether a value is a path of levels
 * @param multiValued whether a document may have several values
 * @param onRequest whether it is counted only when a request names it, not on every search
 */
public record FacetDimension(
    String name, boolean hierarchical, boolean multiValued, boolean onRequest) {

  /** The configset's field that holds it. */
  public String solrField() {
    return name + "_facet";
  }
}
