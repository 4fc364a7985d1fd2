package org.foilens.fetch;

import java.net.URI;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A notice's page on the ICO site, read for the address of its PDF. The site lists a notice's
 * documents as {@code <further-reading x-href="/media/…/ic-229516-y4h1.pdf">} elements; an ordinary
 * link to a PDF is taken when there is none.
 */
final class IcoNoticePage {

  private IcoNoticePage() {}

  /** The PDF's address, resolved against the page's, or null when the page links to no PDF. */
  static URI pdfLink(String html, URI page) {
    Document doc = Jsoup.parse(html, page.toString());
    for (Element e : doc.select("further-reading[x-href]")) {
      String href = e.attr("x-href");
      if (isPdf(href)) {
        return page.resolve(href.strip());
      }
    }
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      if (isPdf(href)) {
        return page.resolve(href.strip());
      }
    }
    return null;
  }

  private static boolean isPdf(String href) {
    return href.replaceAll("[?#].*$", "").strip().toLowerCase(Locale.ROOT).endsWith(".pdf");
  }
}
