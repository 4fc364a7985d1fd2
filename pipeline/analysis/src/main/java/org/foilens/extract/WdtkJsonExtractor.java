package org.foilens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foilens.StageException;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.Json;
import org.foilens.model.MailHeaders;
import org.foilens.model.SourceDocument;

/**
 * Reads a request as WhatDoTheyKnow exports it in JSON: {@code title}, {@code display_status},
 * {@code law_used}, and {@code events} of type {@code outgoing} (the requester's messages) and
 * {@code incoming} (the authority's), each with {@code created_at} and {@code content}.
 */
public final class WdtkJsonExtractor implements Extractor {

  private static final ObjectMapper JSON = Json.MAPPER;

  /** Whether a file looks like a WhatDoTheyKnow request export (cheap check on its start). */
  public static boolean accepts(SourceDocument source) throws IOException {
    if (!source.displayPath().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      return false;
    }
    byte[] head = new byte[4096];
    int n;
    try (var in = Files.newInputStream(source.path())) {
      n = in.readNBytes(head, 0, head.length);
    }
    String start = new String(head, 0, n, StandardCharsets.UTF_8);
    return start.contains("\"events\"") || start.contains("\"display_status\"");
  }

  @Override
  public Extraction apply(SourceDocument source) throws StageException {
    JsonNode root;
    try {
      root = JSON.readTree(source.path().toFile());
    } catch (IOException e) {
      throw new StageException("not valid JSON: " + e.getMessage(), e);
    }
    if (!root.path("events").isArray()) {
      throw new StageException("JSON without an events list: not a WhatDoTheyKnow request export");
    }
    String title = text(root, "title");
    List<ExtractedPart> parts = new ArrayList<>();
    parts.add(new ExtractedPart("", 0, "application/json", null, title == null ? "" : title, null));
    int i = 0;
    for (JsonNode event : root.path("events")) {
      String type = text(event, "type");
      if (!"outgoing".equals(type) && !"incoming".equals(type)) {
        continue;
      }
      StringBuilder body = new StringBuilder();
      JsonNode content = event.path("content");
      if (content.isArray()) {
        for (JsonNode c : content) {
          if (body.length() > 0) {
            body.append("\n\n");
          }
          body.append(c.asText());
        }
      } else if (content.isTextual()) {
        body.append(content.asText());
      }
      String created = text(event, "created_at");
      MailHeaders headers =
          new MailHeaders(null, null, title, MailMetadata.utcDate(created), null, null, type);
      parts.add(
          new ExtractedPart(
              "/event-" + (++i),
              1,
              "message/x-wdtk-event",
              null,
              body.toString().strip(),
              headers));
    }
    Map<String, String> props = new LinkedHashMap<>();
    put(props, "wdtk.status", text(root, "display_status"));
    put(props, "wdtk.law_used", text(root, "law_used"));
    put(props, "wdtk.url_title", text(root, "url_title"));
    put(props, "wdtk.public_body", text(root.path("public_body"), "name"));
    return new Extraction(source, "application/json", parts, title, null, 0, props, List.of());
  }

  private static void put(Map<String, String> props, String key, String value) {
    if (value != null) {
      props.put(key, value);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.asText().isBlank() ? v.asText().strip() : null;
  }
}
