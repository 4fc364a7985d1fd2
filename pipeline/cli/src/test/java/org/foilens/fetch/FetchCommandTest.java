package org.foilens.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.foilens.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code foilens fetch} meets misuse: messages and exit codes, no stack traces. */
class FetchCommandTest {

  @TempDir Path out;

  private static CliRun.Result run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void aBadDateIsSaidPlainly() {
    CliRun.Result r = run("fetch", "ico", "--since", "2021-13-01", "--out", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--since wants a date as YYYY-MM-DD, not '2021-13-01'"), r.err());
  }

  @Test
  void aRateOfNothingIsRefused() {
    CliRun.Result r = run("fetch", "ico", "--rate", "0", "--out", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("the rate must be above 0"), r.err());
  }

  @Test
  void wdtkWantsRequestsOrAnAuthorityButNotBoth() {
    assertEquals(2, run("fetch", "wdtk", "--out", out.toString()).exit());
    assertEquals(
        2,
        run("fetch", "wdtk", "--request", "x", "--authority", "y", "--out", out.toString()).exit());
  }

  @Test
  void anUnknownAuthorityEndsTheRunWithAMessage() throws IOException {
    try (FixtureServer server = new FixtureServer(Fixtures.wdtk())) {
      CliRun.Result r =
          run(
              "fetch",
              "wdtk",
              "--authority",
              "nope",
              "--out",
              out.toString(),
              "--base-url",
              server.base().toString());
      assertEquals(1, r.exit());
      assertTrue(r.err().startsWith("foilens: no authority 'nope' at http://127.0.0.1:"), r.err());
      assertTrue(!r.err().contains("\tat org."), "no stack trace: " + r.err());
    }
  }

  @Test
  void aListingThatCannotBeReadEndsTheRunWithAMessage() throws IOException {
    try (FixtureServer server = new FixtureServer((m, uri, body) -> null)) {
      CliRun.Result r =
          run(
              "fetch",
              "ico",
              "--retries",
              "0",
              "--out",
              out.toString(),
              "--base-url",
              server.base().toString());
      assertEquals(1, r.exit());
      assertTrue(
          r.err().startsWith("foilens: cannot read page 1 of the ICO's listing: HTTP 404"),
          r.err());
    }
  }

  @Test
  void aServerThatIsNotThereIsSaidInWords() throws IOException {
    FixtureServer gone = new FixtureServer((m, uri, body) -> null);
    String base = gone.base().toString();
    gone.close();
    CliRun.Result r =
        run(
            "fetch",
            "ico",
            "--retries",
            "1",
            "--backoff-ms",
            "10",
            "--out",
            out.toString(),
            "--base-url",
            base);
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("retry 1 of 1 in 0.0 s after cannot connect"), r.err());
    assertTrue(
        r.err().contains("foilens: cannot read page 1 of the ICO's listing: cannot connect"),
        r.err());
  }
}
