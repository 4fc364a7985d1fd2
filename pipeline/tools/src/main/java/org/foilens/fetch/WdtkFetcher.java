package org.foilens.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.foilens.model.Json;

/**
 * {@code foilens fetch wdtk}: requests from WhatDoTheyKnow (or another Alaveteli site) as the JSON
 * threads that {@code ingest} reads ({@code URL_TITLE.json}: {@code title}, {@code display_status},
 * {@code law_used}, {@code public_body}, {@code events} of type {@code outgoing}/{@code incoming}
 * with {@code content}), and each reply's attachments ({@code URL_TITLE.attachments/}).
 *
 * <p>Alaveteli's read API: {@code /request/URL_TITLE.json} gives a request and its events but not
 * the messages' words, which come from the request's page {@code /request/URL_TITLE}; {@code
 * /body/SLUG.json} describes an authority, {@code /feed/body/SLUG.json} lists the events of its
 * latest 25 requests, and its page {@code /body/SLUG?page=N} lists older ones.
 */
public final class WdtkFetcher {

  private static final ObjectMapper JSON = Json.MAPPER;

  private final PoliteHttpClient http;
  private final URI base;
  private final Consumer<String> progress;

  public WdtkFetcher(PoliteHttpClient http, URI base, Consumer<String> progress) {
    this.http = http;
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.progress = progress;
  }

  /**
   * The requests to an authority: those in its feed, then those on the first {@code listPages}
   * pages of its request list.
   *
   * @throws IOException when the authority is unknown to the site, or its feed cannot be read
   */
  public List<String> requestsOf(String slug, int listPages) throws IOException {
    String s = URLEncoder.encode(slug, StandardCharsets.UTF_8);
    JsonNode body;
    try {
      body = JSON.readTree(http.get(base.resolve("body/" + s + ".json"), "application/json"));
    } catch (HttpStatusException e) {
      if (e.status() == 404) {
        throw new IOException(
            "no authority '" + slug + "' at " + base + " (HTTP 404 for " + e.uri() + ")", e);
      }
      throw e;
    }
    progress.accept("wdtk: " + body.path("name").asText(slug));
    Set<String> titles = new LinkedHashSet<>();
    JsonNode feed =
        JSON.readTree(http.get(base.resolve("feed/body/" + s + ".json"), "application/json"));
    for (JsonNode event : feed) {
      String title = event.path("info_request").path("url_title").asText("");
      if (!title.isEmpty()) {
        titles.add(title);
      }
    }
    for (int page = 1; page <= listPages; page++) {
      URI uri = base.resolve("body/" + s + "?page=" + page);
      List<String> listed = WdtkRequestPage.listedRequests(http.get(uri, "text/html"), uri);
      if (listed.isEmpty()) {
        break;
      }
      titles.addAll(listed);
    }
    progress.accept("wdtk: " + titles.size() + " requests to fetch");
    return List.copyOf(titles);
  }

  /**
   * Fetches each request into {@code out}. A request whose thread file is here is skipped unless
   * {@code refresh}; attachments already here are never fetched again.
   */
  public FetchReport fetch(List<String> urlTitles, Path out, boolean refresh) throws IOException {
    Files.createDirectories(out);
    FetchLedger ledger = new FetchLedger(out);
    int fetched = 0;
    int here = 0;
    try {
      int i = 0;
      for (String title : urlTitles) {
        i++;
        Path thread = out.resolve(safe(title) + ".json");
        if (Files.exists(thread) && !refresh) {
          here++;
          progress.accept("wdtk: [" + i + "/" + urlTitles.size() + "] " + title + ": already here");
          continue;
        }
        URI current =
            base.resolve("request/" + URLEncoder.encode(title, StandardCharsets.UTF_8) + ".json");
        try {
          int attachments = one(title, current, thread, out, ledger);
          fetched++;
          progress.accept(
              "wdtk: ["
                  + i
                  + "/"
                  + urlTitles.size()
                  + "] "
                  + title
                  + ": "
                  + attachments
                  + " attachment(s)");
        } catch (IOException e) {
          ledger.add(title, current.toString(), e);
          progress.accept(
              "wdtk: ["
                  + i
                  + "/"
                  + urlTitles.size()
                  + "] "
                  + title
                  + ": FAILED, "
                  + e.getMessage());
        }
      }
    } finally {
      ledger.write();
    }
    return new FetchReport(
        fetched,
        here,
        ledger.entries().size(),
        0,
        http.requests(),
        http.retries(),
        null,
        ledger.file(),
        ledger.entries());
  }

  /** One request: its JSON, its page, its attachments, then the thread file. */
  private int one(String title, URI jsonUri, Path thread, Path out, FetchLedger ledger)
      throws IOException {
    JsonNode request = JSON.readTree(http.get(jsonUri, "application/json"));
    URI pageUri = base.resolve("request/" + URLEncoder.encode(title, StandardCharsets.UTF_8));
    WdtkRequestPage page = WdtkRequestPage.parse(http.get(pageUri, "text/html"), pageUri);
    ObjectNode result = JSON.createObjectNode();
    for (String field :
        List.of(
            "id",
            "title",
            "display_status",
            "described_state",
            "law_used",
            "url_title",
            "created_at")) {
      if (request.has(field)) {
        result.set(field, request.get(field));
      }
    }
    JsonNode body = request.path("public_body");
    if (body.isObject()) {
      ObjectNode pb = result.putObject("public_body");
      pb.set("name", body.path("name"));
      pb.set("url_name", body.path("url_name"));
    }
    ArrayNode events = result.putArray("events");
    int downloaded = 0;
    Path folder = out.resolve(safe(title) + ".attachments");
    for (JsonNode event : request.path("info_request_events")) {
      long incoming = event.path("incoming_message_id").asLong(0);
      long outgoing = event.path("outgoing_message_id").asLong(0);
      if (incoming == 0 && outgoing == 0) {
        continue;
      }
      String type = incoming != 0 ? "incoming" : "outgoing";
      long id = incoming != 0 ? incoming : outgoing;
      ObjectNode e = events.addObject();
      e.set("created_at", event.path("created_at"));
      e.put("message_id", id);
      e.put("type", type);
      ArrayNode content = e.putArray("content");
      page.texts(type, id).forEach(content::add);
      if (incoming != 0) {
        ArrayNode names = e.putArray("attachments");
        for (WdtkRequestPage.Attachment a : page.attachments(incoming)) {
          Path file = folder.resolve(incoming + "-" + safe(a.fileName()));
          names.add(file.getFileName().toString());
          if (Files.exists(file)) {
            continue;
          }
          Files.createDirectories(folder);
          try {
            http.download(a.uri(), file, null);
            downloaded++;
          } catch (IOException ex) {
            ledger.add(title + "/" + file.getFileName(), a.uri().toString(), ex);
            progress.accept("  attachment " + a.fileName() + ": FAILED, " + ex.getMessage());
          }
        }
      }
    }
    AtomicFiles.writeString(thread, Json.PRETTY.writeValueAsString(result) + "\n");
    return downloaded;
  }

  /** A name safe as a file name: no separators, no leading dot. */
  static String safe(String name) {
    String s = name.replaceAll("[/\\\\:*?\"<>|\\x00-\\x1f]", "_");
    while (s.startsWith(".")) {
      s = "_" + s.substring(1);
    }
    return s.isEmpty() ? "_" : s;
  }

  /** The request's URL title from a URL ({@code …/request/URL_TITLE…}) or the title itself. */
  public static String urlTitle(String given) {
    String s = given.strip().replaceAll("[?#].*$", "");
    int at = s.indexOf("/request/");
    if (at >= 0) {
      s = s.substring(at + "/request/".length());
    }
    return s.replaceAll("/.*$", "").replaceAll("\\.json$", "");
  }
}
