package org.foilens.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.foilens.model.SourceDocument;

/**
 * Expands the paths a user names into the input files below them, in a stable order. Hidden files
 * and folders are skipped, and so is whatever a {@code .foilensignore} file in a folder lists (see
 * {@link IgnoreRules}), and so are ICO listing sidecars ({@link IcoSidecar}), which are read with
 * their PDFs.
 */
public final class SourceWalker {

  private final Map<Path, IgnoreRules> rulesByFolder = new TreeMap<>();

  /** Lists the files under each path; a path that does not exist is an error for the caller. */
  public List<Path> list(List<Path> roots) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new IOException("no such file or folder: " + root);
      }
      if (Files.isRegularFile(root)) {
        files.add(root);
        continue;
      }
      List<Path> found = new ArrayList<>();
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && (isHidden(dir) || ignored(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()
                  && !isHidden(file)
                  && !IcoSidecar.isSidecar(file)
                  && !ignored(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(file); // reading it will fail and be recorded; never drop it silently
              return FileVisitResult.CONTINUE;
            }
          });
      found.sort(null);
      files.addAll(found);
    }
    return files;
  }

  /** Hashes a file and describes it; the display path is the path as the user wrote it. */
  public static SourceDocument describe(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
    long size = 0;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
        size += n;
      }
    }
    String display = file.toString().replace('\\', '/');
    return new SourceDocument(file, display, HexFormat.of().formatHex(digest.digest()), size);
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private boolean ignored(Path p) {
    for (Path folder = p.getParent(); folder != null; folder = folder.getParent()) {
      IgnoreRules rules =
          rulesByFolder.computeIfAbsent(folder.toAbsolutePath(), SourceWalker::load);
      if (rules.matches(folder.toAbsolutePath().relativize(p.toAbsolutePath()))) {
        return true;
      }
    }
    return false;
  }

  private static IgnoreRules load(Path folder) {
    try {
      return IgnoreRules.read(folder.resolve(IgnoreRules.FILE_NAME));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder.resolve(IgnoreRules.FILE_NAME), e);
    }
  }
}
