package org.foilens.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * The Lucene block of one document, made from the {@link IndexFields} table: the children first,
 * the document last, as Lucene's block joins require, with its facets built.
 */
public final class LuceneDocuments {

  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  private LuceneDocuments() {}

  /** The facet configuration of the table's facets. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (FacetDimension d : IndexFields.FACETS) {
      config.setHierarchical(d.name(), d.hierarchical());
      config.setMultiValued(d.name(), d.multiValued());
    }
    return config;
  }

  /**
   * The block of one document, facets built with {@code facets}.
   *
   * @param json the document's contract record as JSON
   */
  public static List<Document> block(DocumentRecord record, String json, FacetsConfig facets)
      throws IOException {
    List<Document> block = new ArrayList<>();
    List<IndexFields.Value> filters = IndexFields.filters(record);
    for (IndexFields.Child child : IndexFields.children(record)) {
      Document c = new Document();
      add(c, new IndexFields.Value(IndexFields.ID, record.id()), true);
      add(c, new IndexFields.Value(IndexFields.DOC_TYPE, child.docType()), true);
      add(c, new IndexFields.Value(IndexFields.BODY_TEXT, child.text()), true);
      filters.forEach(v -> add(c, v, false)); // filtered on, never shown from a child
      child.own().forEach(v -> add(c, v, true));
      block.add(c);
    }
    block.add(parent(record, json, facets));
    return block;
  }

  /** The document of a block, the last in it, with its facets built. */
  public static Document parent(DocumentRecord record, String json, FacetsConfig facets)
      throws IOException {
    Document parent = new Document();
    IndexFields.document(record, json).forEach(v -> add(parent, v, true));
    for (IndexFields.FacetValue f : IndexFields.facets(record)) {
      parent.add(
          new SortedSetDocValuesFacetField(f.dimension().name(), f.path().toArray(String[]::new)));
    }
    return facets.build(parent);
  }

  /** The searchable, highlightable text of a document or of any child in its block. */
  public static Field body(String text) {
    return new Field(IndexSchema.BODY, text, BODY_TYPE);
  }

  /**
   * Adds one value as the table says: indexed for search, and kept as written where the field is
   * stored and {@code store} allows.
   */
  private static void add(Document d, IndexFields.Value v, boolean store) {
    IndexField f = v.field();
    String name = f.name();
    boolean stored = store && f.stored();
    switch (f.type()) {
      case EXACT -> d.add(new StringField(name, v.value().toString(), Field.Store.NO));
      case KEYWORD ->
          d.add(
              new StringField(name, v.value().toString().toLowerCase(Locale.ROOT), Field.Store.NO));
      case TEXT -> d.add(new TextField(name, v.value().toString(), Field.Store.NO));
      case BODY -> {
        d.add(new Field(name, v.value().toString(), BODY_TYPE));
        stored = false; // BODY_TYPE stores it
      }
      case INT -> {
        int n = ((Number) v.value()).intValue();
        d.add(new IntPoint(name, n));
        d.add(new NumericDocValuesField(name, n));
      }
      case LONG -> {
        long n = ((Number) v.value()).longValue();
        d.add(new LongPoint(name, n));
        d.add(new NumericDocValuesField(name, n));
      }
      case STORED -> {}
    }
    if (stored) {
      d.add(storedField(name, v.value()));
    }
  }

  private static StoredField storedField(String name, Object value) {
    if (value instanceof Integer n) {
      return new StoredField(name, n);
    }
    if (value instanceof Long n) {
      return new StoredField(name, n);
    }
    return new StoredField(name, value.toString());
  }
}
