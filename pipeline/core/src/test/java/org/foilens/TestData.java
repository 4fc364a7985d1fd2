package org.foilens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Json;

/** Where tests find the project's folders and the shared real documents. */
public final class TestData {

  private TestData() {}

  /** The project root: the folder above the working folder that holds config/. */
  public static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("config/tika-config.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("not inside the foilens project");
  }

  /** {@code ../shared/data} beside the project. */
  public static Path shared() {
    Path data = root().resolveSibling("shared").resolve("data");
    if (!Files.isDirectory(data)) {
      throw new IllegalStateException("the shared data folder is missing: " + data);
    }
    return data;
  }

  public static Path seed(String prefix) throws IOException {
    try (var files = Files.list(shared().resolve("seeds"))) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .findFirst()
          .orElseThrow();
    }
  }

  /**
   * A contract record with only a source, hash and kind, as an index writer needs; built from JSON
   * so that it does not break when the contract gains fields.
   */
  public static AnalyzedDocument document(String source, String sha256, String kind) {
    ObjectMapper json = Json.MAPPER;
    ObjectNode node =
        json.createObjectNode().put("source", source).put("sha256", sha256).put("kind", kind);
    try {
      return json.treeToValue(node, AnalyzedDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot build a test document", e);
    }
  }
}
