package org.foilens.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Inputs for the micro-benchmarks, read from the project's own corpus. */
final class Texts {

  private Texts() {}

  static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("config/tika-config.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("run the benchmarks inside the foilens project");
  }

  /** The body of a long decision notice's text source (about 60 paragraphs). */
  static String notice() throws IOException {
    String text =
        Files.readString(
            root().resolve("corpus/notices/src/fs50187321.notice.txt"), StandardCharsets.UTF_8);
    return text.substring(text.indexOf("\n---\n") + 5);
  }

  /** A reply with Outlook-quoted history, as the .eml threads of the corpus hold it. */
  static String quotedMail() throws IOException {
    String mail =
        Files.readString(
            root().resolve("corpus/threads/hmrc-umbrella-company-checks.eml"),
            StandardCharsets.UTF_8);
    int body = mail.indexOf("\n\nDear ");
    return mail.substring(body + 2).replace("=\n", "").replace("=3D", "=");
  }
}
