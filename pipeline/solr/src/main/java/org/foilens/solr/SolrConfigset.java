package org.foilens.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * foilens's Solr configset: {@code solrconfig.xml} and {@code managed-schema.xml}, kept in this
 * package's resources, which mirror {@link org.foilens.index.IndexSchema} for SolrCloud.
 */
public final class SolrConfigset {

  public static final String DEFAULT_NAME = "foilens";
  static final List<String> FILES = List.of("solrconfig.xml", "managed-schema.xml");

  private SolrConfigset() {}

  /** One file of the configset, as text. */
  public static String file(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The configset as the zip file that Solr's Configset API UPLOAD takes. */
  public static byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : FILES) {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = open(name)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = SolrConfigset.class.getResourceAsStream("configset/" + name);
    if (in == null) {
      throw new IOException("the configset file is missing from the build: " + name);
    }
    return in;
  }
}
