package org.foilens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UuencodedBlocksTest {

  @Test
  void decodesABlockAndCutsItFromTheText() {
    String text =
        "Greetings.\n\nbegin 644 Happy.txt\n"
            + "M2&%P<'D@=&]D87D@9F]R('1O(&)E(&]N92!O9B!P96%C92!A;F0@<V5R96YE\n"
            + "'('1I;64N\"@``\n`\nend\n\nRegards,\n";
    List<UuencodedBlocks.Block> blocks = UuencodedBlocks.find(text);
    assertEquals(1, blocks.size());
    assertEquals("Happy.txt", blocks.get(0).name());
    assertEquals(
        "Happy today for to be one of peace and serene time.\n",
        new String(blocks.get(0).bytes(), StandardCharsets.US_ASCII));
    assertEquals("Greetings.\n\nRegards,", UuencodedBlocks.without(text, blocks));
  }

  @Test
  void aBlockWithoutEndRunsToTheEndOfTheText() {
    List<UuencodedBlocks.Block> blocks =
        UuencodedBlocks.find("see below\nbegin 600 moo.txt\n#0V%T\n");
    assertEquals(1, blocks.size());
    assertEquals("Cat", new String(blocks.get(0).bytes(), StandardCharsets.US_ASCII));
    assertEquals(
        "see below", UuencodedBlocks.without("see below\nbegin 600 moo.txt\n#0V%T\n", blocks));
  }

  @Test
  void plainTextHasNoBlocks() {
    assertEquals(List.of(), UuencodedBlocks.find("We will begin 2024 with a review.\nend"));
  }
}
