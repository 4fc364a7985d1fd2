package org.foilens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.foilens.model.Act;
import org.foilens.model.Finding;
import org.foilens.model.IcoListing;
import org.foilens.text.ScanCheck;
import org.junit.jupiter.api.Test;

/** The ICO's per-section decisions in the forms its pages and their copies print them. */
class IcoTagLinesTest {

  private static String read(String text) {
    StringBuilder sb = new StringBuilder();
    for (IcoListing.Decision d : IcoTagLines.decisions(text)) {
      sb.append(d.act()).append(' ').append(d.ref()).append('=').append(d.finding()).append(';');
    }
    return sb.toString();
  }

  @Test
  void readsEveryForm() {
    assertEquals(
        "FOIA 1=not_upheld;FOIA 10=upheld;", read("Decision(s) FOI 1: Not upheld, FOI 10: Upheld"));
    assertEquals(
        "FOIA 17=upheld;EIR 12(4)(b)=not_upheld;",
        read(
            "Section of Act/EIR & Finding: FOI 17 - Complaint Upheld, EIR 12.4.b - Complaint Not"
                + " upheld"));
    assertEquals("FOIA 36=upheld;", read("FOI 36 – Complaint Upheld"));
    assertEquals("FOIA 22=partly_upheld;", read("FOI 22: Partly upheld"));
    assertEquals(
        "EIR 12(4)(b)=not_upheld;EIR 9(2)=upheld;",
        read("EIR 12(4)(b):\nNot upheld EIR 9(2):\nUpheld EIR 12(5)(e):"));
  }

  @Test
  void findsWhatThePatternFindsEverywhere() {
    List<String> texts = new ArrayList<>(ScanCheck.realTexts());
    texts.add( // tags after a word character, a slash, a letter outside ASCII, and in a row
        "xFOI 1: Upheld /EIR 2: Upheld _FOI 3: Upheld éFOI 4: Upheld 1EIR 5: upheld FOI 6: upheld"
            + "FOI 7: upheld (EIR 8 - not upheld)eFOI 9: Upheld\nfoi 10: UPHELD");
    int tags = ScanCheck.sameAsFind(IcoTagLines.TAG, IcoTagLines.TAGS, texts);
    assertTrue(tags >= 20, tags + " tags");
  }

  @Test
  void aNumberThatIsNoTagLineIsLeftAlone() {
    assertEquals(List.of(), IcoTagLines.decisions("bundle FOI 3692570 unredacted"));
  }

  @Test
  void eachTagHasItsAct() {
    IcoListing.Decision d = IcoTagLines.decisions("EIR 5: Upheld").get(0);
    assertEquals(Act.EIR, d.act());
    assertEquals(Finding.UPHELD, d.finding());
    assertEquals("Upheld", d.status());
  }
}
