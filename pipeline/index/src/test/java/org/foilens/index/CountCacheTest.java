package org.foilens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountCacheTest {

  @Test
  void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
    CountCache cache = new CountCache(2);
    List<Object> a = List.of("a");
    List<Object> b = List.of("b");
    List<Object> c = List.of("c");
    cache.put(a, "A");
    cache.put(b, "B");
    assertEquals("A", cache.get(a, String.class)); // a is now the more recent
    cache.put(c, "C");
    assertNull(cache.get(b, String.class), "b was the least recently used");
    assertEquals("A", cache.get(a, String.class));
    assertEquals("C", cache.get(c, String.class));
    assertEquals(2, cache.size());
    assertEquals(3, cache.hits());
    assertEquals(1, cache.misses());
  }

  @Test
  void keepsNothingAtCapacityZeroOrForANullKey() {
    CountCache none = new CountCache(0);
    none.put(List.of("a"), "A");
    assertNull(none.get(List.of("a"), String.class));
    CountCache cache = new CountCache(4);
    cache.put(null, "A");
    assertNull(cache.get(null, String.class));
    assertEquals(0, cache.size());
  }
}
