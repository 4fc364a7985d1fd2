package org.foilens.extract;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds files uuencoded inline in a message's text ({@code begin 644 name} … {@code end}), as old
 * Exchange and Lotus gateways still send them, and decodes them. Decoding is lenient: a short or
 * damaged line gives what bytes it can, and a block without its {@code end} runs to the text's end.
 */
public final class UuencodedBlocks {

  private static final Pattern BEGIN = Pattern.compile("(?m)^begin [0-7]{3,4} (.+?)\\s*$");
  private static final Pattern END = Pattern.compile("(?m)^end\\s*$");

  /** One decoded file and where its encoded form sat in the text. */
  public record Block(String name, byte[] bytes, int start, int end) {}

  private UuencodedBlocks() {}

  public static List<Block> find(String text) {
    List<Block> blocks = new ArrayList<>();
    Matcher begin = BEGIN.matcher(text);
    int from = 0;
    while (from < text.length() && begin.find(from)) {
      Matcher end = END.matcher(text);
      int bodyStart = Math.min(text.length(), begin.end() + 1);
      int stop = end.find(bodyStart) ? end.end() : text.length();
      int bodyEnd = stop == text.length() && !end.find(bodyStart) ? text.length() : end.start();
      blocks.add(
          new Block(
              begin.group(1), decode(text.substring(bodyStart, bodyEnd)), begin.start(), stop));
      from = stop;
    }
    return blocks;
  }

  /** The text with every block cut out. */
  public static String without(String text, List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Block b : blocks) {
      sb.append(text, at, b.start());
      at = b.end();
    }
    sb.append(text.substring(at));
    return sb.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  static byte[] decode(String body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : body.split("\\R")) {
      if (line.isEmpty()) {
        continue;
      }
      int length = (line.charAt(0) - 32) & 63;
      int written = 0;
      for (int i = 1; written < length; i += 4) {
        int a = six(line, i);
        int b = six(line, i + 1);
        int c = six(line, i + 2);
        int d = six(line, i + 3);
        int[] bytes = {(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d};
        for (int k = 0; k < 3 && written < length; k++, written++) {
          out.write(bytes[k] & 0xff);
        }
        if (i > line.length()) {
          break; // a line shorter than its count says: keep what it had
        }
      }
    }
    return out.toByteArray();
  }

  private static int six(String line, int i) {
    return i < line.length() ? (line.charAt(i) - 32) & 63 : 0;
  }
}
