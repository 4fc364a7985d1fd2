package org.foilens.structure;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.MailHeaders;
import org.foilens.model.SourceDocument;
import org.foilens.text.Sha256;

/**
 * Joins separate mail files of one correspondence (say, each message of a request saved as its own
 * .eml in one folder) into threads. Files are linked, strongest evidence first, by their Message-ID
 * and In-Reply-To/References; then by the WhatDoTheyKnow request address ({@code
 * request-123-abcd1234@whatdotheyknow.com}) or an authority reference number in the subject ({@code
 * FOI 4471}, {@code FOI2024/01987}); then a file still alone joins the thread whose normalised
 * subject ({@code Re:}, {@code Fwd:} and the like stripped) it shares, unless their request
 * addresses differ. A joined thread becomes one extraction whose source is its earliest file with
 * {@code #thread} appended, hashed over its files' hashes.
 */
public final class ThreadJoiner {

  /** What a joined thread's source path ends with, after its first file's path. */
  public static final String THREAD_SUFFIX = "#thread";

  private static final Pattern WDTK_ADDRESS =
      Pattern.compile("request-\\d+-[0-9a-f]+@whatdotheyknow\\.com", Pattern.CASE_INSENSITIVE);
  private static final Pattern REFERENCE =
      Pattern.compile(
          "\\b(?:FOI|FOIR|EIR|IR|CRM)[\\s:/-]*(\\d[\\d/-]{2,}\\d)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern REPLY_PREFIX =
      Pattern.compile(
          "^\\s*((re|fw|fwd|aw|sv|antw|tr)(\\[\\d+\\])?\\s*:|\\[[^\\]]*\\])\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

  /** Subjects too common to say two files belong together. */
  private static final Set<String> GENERIC_SUBJECTS =
      Set.of(
          "",
          "freedom of information request",
          "foi request",
          "information request",
          "request for information",
          "foi",
          "freedom of information",
          "your request",
          "request");

  /** The files of one folder, grouped into threads in the order of their earliest file. */
  public List<List<Extraction>> group(List<Extraction> files) {
    int n = files.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<Set<String>> ids = new ArrayList<>();
    List<Set<String>> replies = new ArrayList<>();
    List<Set<String>> addresses = new ArrayList<>();
    List<Set<String>> references = new ArrayList<>();
    for (Extraction e : files) {
      Set<String> own = new LinkedHashSet<>();
      Set<String> to = new LinkedHashSet<>();
      Set<String> addr = new LinkedHashSet<>();
      Set<String> refs = new LinkedHashSet<>();
      for (ExtractedPart p : e.parts()) {
        MailHeaders h = p.mail();
        if (h == null) {
          continue;
        }
        ids(h.messageId(), own);
        ids(h.inReplyTo(), to);
        for (String s : new String[] {h.from(), h.to()}) {
          Matcher m = WDTK_ADDRESS.matcher(s == null ? "" : s);
          while (m.find()) {
            addr.add(m.group().toLowerCase(Locale.ROOT));
          }
        }
        Matcher r = REFERENCE.matcher(h.subject() == null ? "" : h.subject());
        while (r.find()) {
          refs.add(r.group(1).replaceAll("[^0-9]", "/"));
        }
      }
      ids.add(own);
      replies.add(to);
      addresses.add(addr);
      references.add(refs);
    }
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String id : ids.get(i)) {
        byId.putIfAbsent(id, i);
      }
    }
    for (int i = 0; i < n; i++) {
      for (String id : replies.get(i)) {
        Integer j = byId.get(id);
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
    unionBySharedKey(parent, addresses);
    unionBySharedKey(parent, references);
    Map<String, Integer> bySubject = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String subject = normalisedSubject(files.get(i));
      if (GENERIC_SUBJECTS.contains(subject)) {
        continue;
      }
      Integer j = bySubject.putIfAbsent(subject, i);
      if (j != null
          && (alone(parent, i) || alone(parent, j))
          && compatible(addresses.get(i), addresses.get(j))) {
        union(parent, i, j);
      }
    }
    Map<Integer, List<Extraction>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(files.get(i));
    }
    List<List<Extraction>> out = new ArrayList<>();
    for (List<Extraction> g : groups.values()) {
      List<Extraction> sorted = new ArrayList<>(g);
      sorted.sort(
          Comparator.comparing(ThreadJoiner::firstDate)
              .thenComparing(e -> e.source().displayPath()));
      out.add(sorted);
    }
    out.sort(
        Comparator.comparing((List<Extraction> g) -> firstDate(g.get(0)))
            .thenComparing(g -> g.get(0).source().displayPath()));
    return out;
  }

  /**
   * One extraction of a thread's files: each file's parts below a part named after the file, in the
   * order given (earliest first).
   */
  public static Extraction merge(List<Extraction> files) {
    if (files.size() == 1) {
      return files.get(0);
    }
    List<ExtractedPart> parts = new ArrayList<>();
    parts.add(new ExtractedPart("", 0, "application/x-foilens-thread", null, "", null));
    StringBuilder hashes = new StringBuilder();
    long size = 0;
    int ocrPages = 0;
    List<String> warnings = new ArrayList<>();
    for (Extraction e : files) {
      ocrPages += e.ocrPages();
      warnings.addAll(e.warnings());
      String name = "/" + e.source().path().getFileName();
      for (ExtractedPart p : e.parts()) {
        parts.add(
            new ExtractedPart(
                name + p.resourcePath(),
                p.depth() + 1,
                p.mediaType(),
                p.depth() == 0 ? null : p.name(),
                p.text(),
                p.mail()));
      }
      hashes.append(e.source().sha256()).append('\n');
      size += e.source().size();
    }
    SourceDocument first = files.get(0).source();
    Path folder = first.path().getParent();
    SourceDocument thread =
        new SourceDocument(
            folder == null ? first.path() : folder,
            first.displayPath() + THREAD_SUFFIX,
            Sha256.hex(hashes.toString()),
            size);
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("thread.files", String.valueOf(files.size()));
    return new Extraction(
        thread,
        "message/rfc822",
        parts,
        files.get(0).title(),
        null,
        ocrPages,
        properties,
        warnings);
  }

  static String normalisedSubject(Extraction e) {
    for (ExtractedPart p : e.parts()) {
      if (p.mail() != null && p.mail().subject() != null) {
        return normalise(p.mail().subject());
      }
    }
    return "";
  }

  static String normalise(String subject) {
    String s = subject;
    for (Matcher m = REPLY_PREFIX.matcher(s); m.find(); m = REPLY_PREFIX.matcher(s)) {
      s = s.substring(m.end());
    }
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static LocalDate firstDate(Extraction e) {
    LocalDate first = LocalDate.MAX;
    for (ExtractedPart p : e.parts()) {
      if (p.mail() != null && p.mail().date() != null && p.mail().date().compareTo(first) < 0) {
        first = p.mail().date();
      }
    }
    return first;
  }

  private static void ids(String header, Set<String> into) {
    if (header == null) {
      return;
    }
    Matcher m = MESSAGE_ID.matcher(header);
    boolean any = false;
    while (m.find()) {
      into.add(m.group().toLowerCase(Locale.ROOT));
      any = true;
    }
    if (!any && !header.isBlank()) {
      into.add("<" + header.strip().toLowerCase(Locale.ROOT) + ">");
    }
  }

  private static void unionBySharedKey(int[] parent, List<Set<String>> keys) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      for (String k : keys.get(i)) {
        Integer j = first.putIfAbsent(k, i);
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
  }

  private static boolean compatible(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
  }

  private static boolean alone(int[] parent, int i) {
    int root = find(parent, i);
    for (int k = 0; k < parent.length; k++) {
      if (k != i && find(parent, k) == root) {
        return false;
      }
    }
    return true;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
