package org.foilens.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of a {@code .foilensignore} file: one glob per line relative to the file's folder
 * ({@code gold/}, {@code *.md}, {@code notices/src/}); {@code #} starts a comment. A pattern ending
 * in {@code /} names a folder and everything below it.
 */
final class IgnoreRules {

  static final String FILE_NAME = ".foilensignore";
  private static final IgnoreRules NONE = new IgnoreRules(List.of());

  private final List<PathMatcher> matchers;

  private IgnoreRules(List<PathMatcher> matchers) {
    this.matchers = matchers;
  }

  static IgnoreRules read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    List<PathMatcher> matchers = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String pattern = line.strip();
      if (pattern.isEmpty() || pattern.startsWith("#")) {
        continue;
      }
      if (pattern.endsWith("/")) {
        pattern = pattern.substring(0, pattern.length() - 1);
      }
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
      if (!pattern.contains("/")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:**/" + pattern));
      }
    }
    return new IgnoreRules(List.copyOf(matchers));
  }

  boolean matches(Path relative) {
    for (PathMatcher m : matchers) {
      if (m.matches(relative)) {
        return true;
      }
    }
    return false;
  }
}
