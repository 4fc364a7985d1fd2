package org.foilens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.foilens.PipelineVersion;
import org.foilens.fetch.FetchLedger;
import org.foilens.fetch.FetchReport;
import org.foilens.fetch.IcoFetcher;
import org.foilens.fetch.PoliteHttpClient;
import org.foilens.fetch.Politeness;
import org.foilens.fetch.WdtkFetcher;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code foilens fetch}: download newly published material into a folder that ingest reads. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = "Download newly published material into a folder, politely and resumably.",
    subcommands = {FetchCommand.Ico.class, FetchCommand.Wdtk.class})
final class FetchCommand implements Runnable {

  static final String USER_AGENT =
      "foilens/"
          + PipelineVersion.CURRENT
          + " (Freedom of Information research importer; polite, rate-limited)";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options every importer takes. */
  static final class Common {
    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description = "Folder to download into (created if needed).")
    Path out;

    @Option(
        names = "--rate",
        paramLabel = "N",
        defaultValue = "1",
        description =
            "At most N requests a second (default: ${DEFAULT-VALUE}; 0.2 is one every 5 s).")
    double rate;

    @Option(
        names = "--retries",
        paramLabel = "N",
        defaultValue = "5",
        description =
            "Retries of a request after HTTP 429, 5xx or a broken connection (default:"
                + " ${DEFAULT-VALUE}).")
    int retries;

    @Option(
        names = "--backoff-ms",
        paramLabel = "MS",
        defaultValue = "2000",
        description =
            "First wait before a retry, doubled each time up to 5 minutes; a longer Retry-After is"
                + " honoured (default: ${DEFAULT-VALUE}).")
    long backoffMs;

    @Option(
        names = "--user-agent",
        paramLabel = "TEXT",
        description = "User-Agent to send; add a contact address (default: foilens/VERSION ...).")
    String userAgent;

    /**
     * The client, saying on stderr when it retries; a rate or retry count that makes no sense is
     * misuse.
     */
    PoliteHttpClient client(picocli.CommandLine.Model.CommandSpec spec) {
      PrintWriter err = spec.commandLine().getErr();
      try {
        Politeness p =
            new Politeness(
                rate,
                retries,
                Duration.ofMillis(backoffMs),
                Duration.ofMinutes(5),
                userAgent == null ? USER_AGENT : userAgent);
        return new PoliteHttpClient(
            p,
            msg -> {
              err.println("  " + msg);
              err.flush();
            });
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }

    /** Where progress lines go: stderr, flushed at once. */
    static Consumer<String> progress(picocli.CommandLine.Model.CommandSpec spec) {
      PrintWriter err = spec.commandLine().getErr();
      return line -> {
        err.println(line);
        err.flush();
      };
    }
  }

  static void printReport(PrintWriter out, String what, FetchReport r, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    out.printf(
        Locale.ROOT,
        "fetched %d %s, already here %d, failed %d, %.1f s%n",
        r.fetched(),
        what,
        r.alreadyHere(),
        r.failed(),
        seconds);
    out.printf(
        Locale.ROOT,
        "  requests: %d (%d retries)%s%n",
        r.requests(),
        r.retries(),
        r.pages() > 0 ? ", listing pages read: " + r.pages() : "");
    if (r.stoppedBy() != null) {
      out.println(
          "  stopped: "
              + switch (r.stoppedBy()) {
                case "since" -> "reached notices older than --since";
                case "limit" -> "reached --limit";
                default -> "end of the listing";
              });
    }
    if (r.failed() > 0) {
      out.println("  failures (run again to retry them; listed in " + r.ledger() + "):");
      for (FetchLedger.Entry e : r.failures()) {
        out.println("    " + e.item() + ": " + e.reason());
      }
    }
    out.flush();
  }

  @Command(
      name = "ico",
      mixinStandardHelpOptions = true,
      description = {
        "Download the ICO's decision notices with their listings.",
        "Pages through the ICO's listing newest first, back to --since: each notice's PDF"
            + " (CASE-REF.pdf) and its listing (authority, date, sector, per-section decisions)"
            + " in CASE-REF.ico.json beside it. Notices already here are skipped."
      })
  static final class Ico implements Callable<Integer> {

    @Option(
        names = "--since",
        paramLabel = "YYYY-MM-DD",
        description = "Stop at notices older than this date (default: fetch the whole listing).")
    String since;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "0",
        description = "Fetch at most N new notices on this run (default: no limit).")
    int limit;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        defaultValue = "https://ico.org.uk",
        description = "The ICO site (default: ${DEFAULT-VALUE}).")
    URI baseUrl;

    @Option(
        names = "--root-page-id",
        paramLabel = "ID",
        defaultValue = "" + IcoFetcher.DEFAULT_ROOT_PAGE_ID,
        description =
            "The listing's page id that the site's search expects (default: ${DEFAULT-VALUE}).")
    int rootPageId;

    @Mixin Common common = new Common();

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      LocalDate from = null;
      if (since != null) {
        try {
          from = LocalDate.parse(since);
        } catch (DateTimeParseException e) {
          throw new ParameterException(
              spec.commandLine(), "--since wants a date as YYYY-MM-DD, not '" + since + "'");
        }
      }
      long start = System.nanoTime();
      FetchReport report =
          new IcoFetcher(common.client(spec), baseUrl, rootPageId, Common.progress(spec))
              .fetch(from, common.out, limit);
      printReport(spec.commandLine().getOut(), "notices", report, start);
      return 0;
    }
  }

  @Command(
      name = "wdtk",
      mixinStandardHelpOptions = true,
      description = {
        "Download WhatDoTheyKnow requests with their attachments.",
        "Named requests, or an authority's latest, as JSON threads (URL_TITLE.json, the shape"
            + " ingest reads) with their replies' attachments (URL_TITLE.attachments/)."
            + " Requests already here are skipped unless --refresh."
      })
  static final class Wdtk implements Callable<Integer> {

    static final class Which {
      @Option(
          names = "--request",
          paramLabel = "URL_TITLE",
          arity = "1..*",
          description =
              "Requests by URL title or address"
                  + " (https://www.whatdotheyknow.com/request/URL_TITLE).")
      List<String> requests = new ArrayList<>();

      @Option(
          names = "--authority",
          paramLabel = "SLUG",
          description = "An authority's latest requests (its feed), by its URL name.")
      String authority;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(
        names = "--pages",
        paramLabel = "N",
        defaultValue = "0",
        description =
            "With --authority, also the first N pages of its request list (20 a page; default:"
                + " ${DEFAULT-VALUE}, the feed only).")
    int pages;

    @Option(
        names = "--refresh",
        description = "Fetch threads already here again (they may have new messages).")
    boolean refresh;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        defaultValue = "https://www.whatdotheyknow.com",
        description = "The Alaveteli site (default: ${DEFAULT-VALUE}).")
    URI baseUrl;

    @Mixin Common common = new Common();

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      long start = System.nanoTime();
      WdtkFetcher fetcher = new WdtkFetcher(common.client(spec), baseUrl, Common.progress(spec));
      List<String> titles =
          which.authority != null
              ? fetcher.requestsOf(which.authority, pages)
              : which.requests.stream().map(WdtkFetcher::urlTitle).distinct().toList();
      FetchReport report = fetcher.fetch(titles, common.out, refresh);
      printReport(spec.commandLine().getOut(), "requests", report, start);
      return 0;
    }
  }
}
