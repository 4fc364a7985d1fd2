package org.foilens.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foilens.model.SourceDocument;
import org.foilens.text.Sha256;

/**
 * The unit in which {@code ingest --join-threads} handles separate mail files: all the {@code .eml}
 * files of one folder (a folder with two or more). The folder's threads are joined from all its
 * files together, so the set is what an incremental run compares: its hash covers every file's path
 * and content, and when it is unchanged the set's documents are kept without parsing; when any file
 * is added, changed or removed, the set's documents are replaced as a whole.
 */
final class MailSets {

  private MailSets() {}

  /** The folders (as source paths) holding two or more .eml files, with those files. */
  static Map<String, List<Path>> partition(List<Path> files) {
    Map<String, List<Path>> byFolder = new LinkedHashMap<>();
    for (Path f : files) {
      if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml")
          && f.getParent() != null) {
        byFolder
            .computeIfAbsent(f.getParent().toString().replace('\\', '/'), k -> new ArrayList<>())
            .add(f);
      }
    }
    byFolder.values().removeIf(list -> list.size() < 2);
    return byFolder;
  }

  /** The hash of a set: each file's source path and content hash, in path order. */
  static String hash(List<SourceDocument> files) {
    StringBuilder sb = new StringBuilder();
    files.stream()
        .sorted(Comparator.comparing(SourceDocument::displayPath))
        .forEach(f -> sb.append(f.displayPath()).append('\t').append(f.sha256()).append('\n'));
    return Sha256.hex(sb.toString());
  }
}
