package org.foilens.fetch;

import java.nio.file.Path;
import java.util.List;

/**
 * What an importer run did.
 *
 * @param fetched items downloaded on this run
 * @param alreadyHere items skipped because a complete copy was already in the folder
 * @param failed items that could not be fetched, listed in {@code ledger}
 * @param pages listing pages read
 * @param requests HTTP requests sent, retries included
 * @param retries retries after a 429, a 5xx or a broken connection
 * @param stoppedBy why paging stopped: "since", "end", "limit", or null where there is no paging
 */
public record FetchReport(
    int fetched,
    int alreadyHere,
    int failed,
    int pages,
    int requests,
    int retries,
    String stoppedBy,
    Path ledger,
    List<FetchLedger.Entry> failures) {}
