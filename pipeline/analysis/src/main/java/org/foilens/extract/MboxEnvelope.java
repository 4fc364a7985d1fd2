package org.foilens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Recognises a file that holds one e-mail behind an mbox envelope line ({@code From sender date}),
 * as mail servers and Alaveteli store single messages. Such a file is parsed as the message itself:
 * Tika's mbox detection can miss it when odd headers come first, and its mbox reader re-encodes the
 * message text before the message's own charset is applied.
 */
public final class MboxEnvelope {

  /** An envelope line: {@code From sender Mon Jun 01 11:00:00 2010}. */
  private static final Pattern ENVELOPE =
      Pattern.compile("^From \\S+ +(Mon|Tue|Wed|Thu|Fri|Sat|Sun) .*");

  private MboxEnvelope() {}

  /** Whether the file opens with an envelope line and holds no second one. */
  public static boolean isSingleMessage(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String first = in.readLine();
      if (first == null || !ENVELOPE.matcher(first).matches()) {
        return false;
      }
      for (String line; (line = in.readLine()) != null; ) {
        if (ENVELOPE.matcher(line).matches()) {
          return false; // a second message
        }
      }
      return true;
    }
  }
}
