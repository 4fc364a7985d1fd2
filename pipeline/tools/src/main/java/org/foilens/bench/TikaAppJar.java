package org.foilens.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Fetches Tika's command-line application from Maven Central once, checks it against the SHA-1
 * Central publishes, and keeps it in {@code ~/.cache/foilens}. The newest {@code tika-app} on
 * Central is 3.2.2 (the 3.3 line published its modules but not the app), so the comparison runs one
 * minor version behind the Tika that foilens uses.
 */
final class TikaAppJar {

  static final String VERSION = "3.2.2";
  private static final String BASE =
      "https://repo1.maven.org/maven2/org/apache/tika/tika-app/"
          + VERSION
          + "/tika-app-"
          + VERSION
          + ".jar";

  private TikaAppJar() {}

  static Path fetch(PrintWriter log) throws IOException, InterruptedException {
    Path cache = Path.of(System.getProperty("user.home"), ".cache", "foilens");
    Path jar = cache.resolve("tika-app-" + VERSION + ".jar");
    if (Files.isRegularFile(jar)) {
      return jar;
    }
    Files.createDirectories(cache);
    log.println("bench: fetching " + BASE);
    log.flush();
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20))
            .build();
    String expected =
        http.send(
                HttpRequest.newBuilder(URI.create(BASE + ".sha1")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body()
            .strip()
            .split("\\s+")[0];
    Path partial = cache.resolve(jar.getFileName() + ".part");
    HttpResponse<Path> response =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE)).build(),
            HttpResponse.BodyHandlers.ofFile(partial));
    if (response.statusCode() != 200) {
      Files.deleteIfExists(partial);
      throw new IOException(
          "cannot fetch tika-app: HTTP "
              + response.statusCode()
              + " from "
              + BASE
              + "; pass --tika-app JAR or --no-tika");
    }
    String actual = sha1(partial);
    if (!actual.equalsIgnoreCase(expected)) {
      Files.deleteIfExists(partial);
      throw new IOException(
          "tika-app download is corrupt: SHA-1 " + actual + ", Maven Central says " + expected);
    }
    Files.move(partial, jar, StandardCopyOption.ATOMIC_MOVE);
    return jar;
  }

  private static String sha1(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      digest.update(Files.readAllBytes(file));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
