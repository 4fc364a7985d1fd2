package org.foilens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorityGazetteerTest {

  @TempDir Path dir;

  private AuthorityGazetteer table() throws Exception {
    Path file = dir.resolve("authorities.tsv");
    Files.writeString(
        file,
        "name\taliases\tsector\torigin\n"
            + "Her Majesty's Treasury\tHis Majesty's Treasury|HM Treasury|HMT\tcentral government"
            + "\thand\n"
            + "Department for Work and Pensions\tDWP\tcentral government\thand\n"
            + "Leeds City Council\tLeeds\tlocal government\thand\n",
        StandardCharsets.UTF_8);
    return AuthorityGazetteer.load(file);
  }

  @Test
  void resolvesAliasesAndAbbreviationsToTheCanonicalName() throws Exception {
    AuthorityGazetteer g = table();
    assertEquals("Her Majesty's Treasury", g.resolve("HM Treasury").name());
    assertEquals("Her Majesty's Treasury", g.resolve("the hm treasury").name());
    assertEquals(
        "Department for Work and Pensions", g.resolve("Department for Work & Pensions").name());
    assertEquals("central government", g.resolve("DWP").sector());
    assertNull(g.resolve("Ministry of Silly Walks"));
  }

  @Test
  void listsEveryNameOfABody() throws Exception {
    AuthorityGazetteer g = table();
    assertEquals(
        List.of("Her Majesty's Treasury", "His Majesty's Treasury", "HM Treasury", "HMT"),
        g.namesOf("Her Majesty's Treasury"));
    assertTrue(g.namesOf("HM Treasury").isEmpty(), "by the canonical name only");
  }

  @Test
  void aMissingTableIsEmpty() throws Exception {
    assertTrue(AuthorityGazetteer.load(dir.resolve("none.tsv")).isEmpty());
  }
}
