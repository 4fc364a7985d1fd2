package org.foilens.corpus;

import java.util.Map;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Makes text showable with the standard 14 fonts, whose WinAnsi encoding has curly quotes, the
 * pound sign and dashes but not, say, a non-breaking hyphen or a Greek letter. Known look-alikes
 * are substituted; anything else becomes {@code ?}.
 */
final class WinAnsiText {

  private static final Map<Integer, String> LOOK_ALIKES =
      Map.ofEntries(
          Map.entry(0x00A0, " "), // no-break space: Helvetica's metrics have no glyph for it
          Map.entry(0x2002, " "),
          Map.entry(0x2003, " "),
          Map.entry(0x2009, " "),
          Map.entry(0x202F, " "),
          Map.entry(0x2010, "-"),
          Map.entry(0x2011, "-"),
          Map.entry(0x2012, "\u2013"),
          Map.entry(0x2015, "\u2014"),
          Map.entry(0x2212, "-"),
          Map.entry(0x2032, "'"),
          Map.entry(0x2033, "\""),
          Map.entry(0x2192, "->"),
          Map.entry(0x2264, "<="),
          Map.entry(0x2265, ">="),
          Map.entry(0x00AD, ""));

  private WinAnsiText() {}

  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t') {
                out.append("    ");
              } else if (cp < 0x20) {
                // control characters are not text
              } else if (showable(cp)) {
                out.appendCodePoint(cp);
              } else {
                out.append(LOOK_ALIKES.getOrDefault(cp, "?"));
              }
            });
    return out.toString();
  }

  private static boolean showable(int cp) {
    if (cp == 0x00A0 || cp == 0x00AD) {
      return false;
    }
    return (cp >= 0x20 && cp < 0x7F)
        || (cp <= 0xFFFF && WinAnsiEncoding.INSTANCE.contains(glyphName(cp)));
  }

  private static String glyphName(int cp) {
    return GlyphList.getAdobeGlyphList().codePointToName(cp);
  }
}
