package org.foilens.tag.names;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.CachedFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A model's feature generators, built from its own descriptor with the generator inside each window
 * cached. A window generator asks its inner generator for the token and for each neighbour in the
 * window, so with a window of two either side every token's class and word are worked out five
 * times; OpenNLP's {@code CachedFeatureGenerator} keeps them per sentence and token, so they are
 * worked out once. The features, and their order, are the same.
 */
final class WindowCaching {

  /** Where a name-finder model keeps its feature generator descriptor. */
  private static final String DESCRIPTOR = "generator.featuregen";

  private static final String GENERATOR = "generator";

  private WindowCaching() {}

  /** The context generator of a model, each window's inner generator cached. */
  static NameContextGenerator contextGenerator(TokenNameFinderModel model) throws IOException {
    Object descriptor = model.getArtifact(DESCRIPTOR);
    if (!(descriptor instanceof byte[] bytes)) {
      return model.getFactory().createContextGenerator(); // OpenNLP's default generators
    }
    return new DefaultNameContextGenerator(
        GeneratorFactory.create(new ByteArrayInputStream(cached(bytes)), model::getArtifact));
  }

  /** The descriptor with every window generator's inner generator wrapped in a cache. */
  static byte[] cached(byte[] descriptor) throws IOException {
    try {
      DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
      builders.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document dom = builders.newDocumentBuilder().parse(new ByteArrayInputStream(descriptor));
      NodeList generators = dom.getElementsByTagName(GENERATOR);
      for (int g = 0; g < generators.getLength(); g++) {
        Element window = (Element) generators.item(g);
        if (!window.getAttribute("class").equals(WindowFeatureGeneratorFactory.class.getName())) {
          continue;
        }
        for (Node child = window.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child instanceof Element inner && inner.getTagName().equals(GENERATOR)) {
            Element cache = dom.createElement(GENERATOR);
            cache.setAttribute("class", CachedFeatureGeneratorFactory.class.getName());
            window.replaceChild(cache, inner);
            cache.appendChild(inner);
            child = cache;
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      TransformerFactory.newInstance()
          .newTransformer()
          .transform(new DOMSource(dom), new StreamResult(out));
      return out.toByteArray();
    } catch (ParserConfigurationException | SAXException | TransformerException e) {
      throw new IOException("cannot read the name finder's feature generator descriptor", e);
    }
  }
}
