package org.foilens.extract;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the text and headers of mail that declares the wrong charset or one Java lacks: C1 control
 * characters from text labelled ISO-8859-1 that was really Windows-1252 (as mail clients and the
 * WHATWG encoding standard treat that label), and RFC 2047 encoded words in UTF-7, which Java has
 * no charset for.
 */
public final class MailText {

  private static final Pattern UTF7_WORD =
      Pattern.compile("=\\?utf-7\\?([bq])\\?([^?]*)\\?=", Pattern.CASE_INSENSITIVE);

  /** Windows-1252's characters for bytes 0x80 to 0x9F; 0 where it has none. */
  private static final char[] CP1252 = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ".toCharArray();

  private MailText() {}

  /** The text with C1 controls read as the Windows-1252 characters they were meant to be. */
  public static String windows1252(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c <= 0x9f && CP1252[c - 0x80] != 0) {
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, CP1252[c - 0x80]);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** A header with its UTF-7 encoded words decoded; other text is left as it is. */
  public static String header(String value) {
    if (value == null || !value.contains("=?")) {
      return windows1252(value);
    }
    Matcher m =
        UTF7_WORD.matcher(
            value.replaceAll("(?i)(=\\?utf-7\\?[bq]\\?[^?]*\\?=)\\s+(?==\\?utf-7\\?)", "$1"));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String raw =
          m.group(1).equalsIgnoreCase("b")
              ? new String(Base64.getMimeDecoder().decode(m.group(2)), StandardCharsets.US_ASCII)
              : m.group(2).replace('_', ' ');
      m.appendReplacement(sb, Matcher.quoteReplacement(utf7(raw)));
    }
    m.appendTail(sb);
    return windows1252(sb.toString());
  }

  /**
   * Decodes UTF-7 (RFC 2152): ASCII as it is, {@code +…-} runs of modified base64 holding UTF-16,
   * {@code +-} for a plus sign.
   */
  public static String utf7(String s) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '+') {
        out.append(c);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < s.length() && isBase64(s.charAt(j))) {
        j++;
      }
      if (j == i + 1) {
        out.append('+');
      } else {
        byte[] bytes = Base64.getDecoder().decode(pad(s.substring(i + 1, j)));
        for (int k = 0; k + 1 < bytes.length; k += 2) {
          out.append((char) (((bytes[k] & 0xff) << 8) | (bytes[k + 1] & 0xff)));
        }
      }
      i = j < s.length() && s.charAt(j) == '-' ? j + 1 : j;
    }
    return out.toString();
  }

  private static boolean isBase64(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '/';
  }

  private static String pad(String b64) {
    String whole =
        b64.length() % 4 == 1 ? b64.substring(0, b64.length() - 1) : b64; // 6 bits: no byte
    return whole + "==".substring(0, (4 - whole.length() % 4) % 4);
  }
}
