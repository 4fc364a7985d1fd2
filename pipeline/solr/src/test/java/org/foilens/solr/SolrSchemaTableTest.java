package org.foilens.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.foilens.index.FacetDimension;
import org.foilens.index.IndexField;
import org.foilens.index.IndexFields;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configset's schema holds every field of the index's table as the table says: of the Solr type
 * that indexes alike, stored and multi-valued as in the table, searchable unless the table keeps it
 * only to show; and every facet as a doc-values {@code NAME_facet} field. A field added to the
 * table without the schema, or the schema changed without the table, fails here.
 */
class SolrSchemaTableTest {

  @Test
  void everyFieldOfTheTableIsInTheSchemaAsTheTableSays() throws Exception {
    Map<String, Element> fields = schemaFields();
    for (IndexField f : IndexFields.ALL) {
      Element e = fields.get(f.name());
      assertNotNull(e, "the schema has no field " + f.name());
      assertEquals(f.type().solrType(), e.getAttribute("type"), f.name() + ": type");
      assertEquals(f.stored(), flag(e, "stored"), f.name() + ": stored");
      assertEquals(f.indexed(), flag(e, "indexed"), f.name() + ": indexed");
      assertEquals(f.multiValued(), flag(e, "multiValued"), f.name() + ": multiValued");
    }
  }

  @Test
  void everyFacetIsADocValuesFieldOfItsOwn() throws Exception {
    Map<String, Element> fields = schemaFields();
    for (FacetDimension d : IndexFields.FACETS) {
      Element e = fields.get(d.solrField());
      assertNotNull(e, "the schema has no field " + d.solrField());
      assertEquals("string", e.getAttribute("type"), d.solrField());
      assertEquals(true, flag(e, "docValues"), d.solrField() + ": docValues");
      assertEquals(d.multiValued(), flag(e, "multiValued"), d.solrField() + ": multiValued");
    }
  }

  private static boolean flag(Element e, String attribute) {
    return Boolean.parseBoolean(e.getAttribute(attribute));
  }

  private static Map<String, Element> schemaFields() throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var doc =
        factory
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    SolrConfigset.file("managed-schema.xml").getBytes(StandardCharsets.UTF_8)));
    NodeList list = doc.getElementsByTagName("field");
    Map<String, Element> out = new HashMap<>();
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      out.put(e.getAttribute("name"), e);
    }
    return out;
  }
}
