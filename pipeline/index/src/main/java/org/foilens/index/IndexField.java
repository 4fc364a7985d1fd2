package org.foilens.index;

/**
 * One field of the index as both engines hold it: the embedded Lucene index and the SolrCloud
 * configset's schema are made from, or checked against, the same {@link IndexFields} table.
 *
 * @param name the field's name in both engines
 * @param type how it is indexed
 * @param stored whether its value is kept to be shown
 * @param multiValued whether a document may have several values
 */
public record IndexField(String name, Type type, boolean stored, boolean multiValued) {

  /** How a field is indexed, and the Solr field type of the configset that does the same. */
  public enum Type {
    /** A keyword as written: ids, hashes, paths. Lucene StringField; Solr {@code string}. */
    EXACT("string"),
    /** A keyword matched in lower case. Lucene StringField of the value lower-cased. */
    KEYWORD("lowercase"),
    /** Words through the legal-reference analyzer. Lucene TextField; Solr {@code text_legal}. */
    TEXT("text_legal"),
    /** {@link #TEXT} with positions and offsets kept, for highlighting. */
    BODY("text_legal"),
    /** An int: points for ranges, doc values for sorting. */
    INT("pint"),
    /** A long: points for ranges, doc values for sorting. */
    LONG("plong"),
    /** Kept to be shown, never searched. */
    STORED("string");

    private final String solrType;

    Type(String solrType) {
      this.solrType = solrType;
    }

    /** The name of the configset's field type that indexes values the same way. */
    public String solrType() {
      return solrType;
    }
  }

  /** Whether a query can match it: every type but {@link Type#STORED}. */
  public boolean indexed() {
    return type != Type.STORED;
  }
}
