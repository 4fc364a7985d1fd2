package org.foilens.index;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * Counts already made on one view of the index, kept for the next request that asks for them: the
 * facet counts and total of a query within its filters (they do not depend on the page asked for or
 * its order), and the trends of a query. A browser paging through results, narrowing them and
 * widening them again, or a dashboard reloading its trends, asks for the same counts many times.
 *
 * <p>An entry belongs to the reader it was counted on: a refreshed reader (an ingest committed) has
 * a new key, so nothing counted before the change is served after it, and old entries age out. At
 * most {@link #capacity} entries are kept, the least recently used dropped first. Thread-safe.
 */
final class CountCache {

  private final int capacity;
  private final Map<List<Object>, Object> entries;
  private long hits;
  private long misses;

  CountCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) {
            return size() > CountCache.this.capacity;
          }
        };
  }

  /**
   * The key of a count on a reader: the reader's own cache key (null when the reader offers none,
   * and then nothing is cached) and what the count depends on.
   */
  static List<Object> key(IndexReader reader, Object... parts) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return null;
    }
    Object[] all = new Object[parts.length + 1];
    all[0] = helper.getKey();
    System.arraycopy(parts, 0, all, 1, parts.length);
    return Collections.unmodifiableList(Arrays.asList(all)); // a part may be null
  }

  /** The value kept under a key, or null (always null for a null key or when nothing is kept). */
  synchronized <T> T get(List<Object> key, Class<T> type) {
    if (key == null || capacity == 0) {
      return null;
    }
    Object v = entries.get(key);
    if (v == null) {
      misses++;
      return null;
    }
    hits++;
    return type.cast(v);
  }

  /** Keeps a value under a key (nothing for a null key). */
  synchronized void put(List<Object> key, Object value) {
    if (key != null && capacity > 0) {
      entries.put(key, value);
    }
  }

  synchronized int size() {
    return entries.size();
  }

  synchronized long hits() {
    return hits;
  }

  synchronized long misses() {
    return misses;
  }
}
