package org.foilens.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foilens.source.SourceWalker;

/**
 * Finds files dropped into (or changed under) the watched paths by polling: a file is ready when it
 * is new or changed since it was last ingested, and has kept its size and time through one whole
 * poll interval, so that a file still being written is left until it is complete. Polling works the
 * same on every file system, network mounts included, and needs no recursion.
 */
public final class FolderWatch {

  /** What a poll saw of a file. */
  private record Seen(long size, FileTime modified) {}

  private final List<Path> roots;
  private final SourceWalker walker = new SourceWalker();
  private Map<Path, Seen> lastPoll = new HashMap<>();
  private final Map<Path, Seen> ingested = new HashMap<>();

  public FolderWatch(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /** Takes the state of every file as already ingested (by the run that starts a watch). */
  public void markAllIngested() throws IOException {
    lastPoll = scan();
    ingested.clear();
    ingested.putAll(lastPoll);
  }

  /** The files ready to ingest now; call once per interval. */
  public List<Path> poll() throws IOException {
    Map<Path, Seen> now = scan();
    List<Path> ready = new ArrayList<>();
    for (Map.Entry<Path, Seen> e : now.entrySet()) {
      Seen seen = e.getValue();
      if (!seen.equals(ingested.get(e.getKey())) && seen.equals(lastPoll.get(e.getKey()))) {
        ready.add(e.getKey());
      }
    }
    lastPoll = now;
    ready.sort(null);
    return ready;
  }

  /** Records that these files, as the last poll saw them, are in the index or the ledger. */
  public void ingested(List<Path> files) {
    for (Path f : files) {
      Seen seen = lastPoll.get(f);
      if (seen != null) {
        ingested.put(f, seen);
      }
    }
  }

  private Map<Path, Seen> scan() throws IOException {
    Map<Path, Seen> seen = new HashMap<>();
    for (Path f : walker.list(roots)) {
      try {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        seen.put(f, new Seen(a.size(), a.lastModifiedTime()));
      } catch (NoSuchFileException e) {
        // gone between listing and looking: the next poll will not see it either
      }
    }
    return seen;
  }
}
