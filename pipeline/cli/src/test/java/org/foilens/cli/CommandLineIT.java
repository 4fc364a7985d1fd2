package org.foilens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foilens.TestData;
import org.foilens.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command tree as a user meets it: real files, real index, exit codes and messages. */
class CommandLineIT {

  private static final List<String> CONTRACT_FIELDS =
      List.of(
          "source",
          "sha256",
          "kind",
          "title",
          "date",
          "authority",
          "case_refs",
          "provisions",
          "outcome",
          "steps_ordered",
          "steps_deadline_days",
          "status",
          "lifecycle",
          "dates",
          "persons",
          "organisations",
          "messages",
          "pages",
          "ocr_pages",
          "chars",
          "error");

  @TempDir Path work;

  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    // buffered like System.out, so that a command that forgets to flush is caught here
    PrintWriter o = new PrintWriter(new BufferedWriter(out), true);
    PrintWriter e = new PrintWriter(new BufferedWriter(err), true);
    cl.setOut(o);
    cl.setErr(e);
    String config = TestData.root().resolve("config").toString();
    String[] withConfig = args;
    if (args.length > 0 && List.of("analyze", "ingest", "eval").contains(args[0])) {
      withConfig = new String[args.length + 2];
      withConfig[0] = args[0];
      withConfig[1] = "--config";
      withConfig[2] = config;
      System.arraycopy(args, 1, withConfig, 3, args.length - 1);
    }
    int exit = cl.execute(withConfig);
    String printed = out.toString(); // read before closing: what the command flushed itself
    String errors = err.toString();
    o.close();
    e.close();
    return new Run(exit, printed, errors);
  }

  @Test
  void analyzePrintsTheWholeContractPerDocument() throws Exception {
    Run r = run("analyze", "--json", TestData.seed("003_").toString());
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(1, lines.length);
    JsonNode doc = Json.MAPPER.readTree(lines[0]);
    List<String> fields = new ArrayList<>();
    doc.fieldNames().forEachRemaining(fields::add);
    assertEquals(
        CONTRACT_FIELDS,
        fields.subList(0, CONTRACT_FIELDS.size()),
        "DESIGN.md's fields first, in order");
    assertEquals(
        List.of(
            "header",
            "parts",
            "sector",
            "listing",
            "warnings",
            "duplicates",
            "appeal",
            "periods",
            "timeline",
            "response_to"),
        fields.subList(CONTRACT_FIELDS.size(), fields.size()));
    assertEquals("decision_notice", doc.get("kind").asText());
  }

  @Test
  void ingestThenSearch() throws Exception {
    Path index = work.resolve("index");
    Run ingest =
        run("ingest", "--index", index.toString(), TestData.shared().resolve("seeds").toString());
    assertEquals(0, ingest.exit(), ingest.err());
    assertTrue(ingest.out().startsWith("indexed 5, failed 0"), ingest.out());

    Run search = run("search", "--index", index.toString(), "--json", "\"35(1)(a)\"");
    assertEquals(0, search.exit(), search.err());
    assertEquals(1, Json.MAPPER.readTree(search.out()).get("total").asInt());

    Run text = run("search", "--index", index.toString(), "\"section 12(1)\"");
    assertTrue(text.out().contains("[[section 12(1)]]"), text.out());

    Run cited = run("search", "--index", index.toString(), "section", "35(1)(a)");
    assertTrue(cited.out().startsWith("1 documents match section 35(1)(a)"), cited.out());
    assertTrue(cited.out().contains("(searched as provision:\"FOIA 35(1)(a)\")"), cited.out());

    Run bad = run("search", "--index", index.toString(), "(unclosed");
    assertEquals(2, bad.exit());
    assertTrue(
        bad.err().contains("cannot parse the query: a bracket opened at column 1 is not closed"),
        bad.err());
  }

  @Test
  void evalScoresAgainstGoldFiles() throws Exception {
    Path gold = Files.createDirectories(work.resolve("gold"));
    Files.writeString(
        gold.resolve("seed-notice.json"),
        String.format(
            Locale.ROOT,
            """
            {"source": "%s", "kind": "decision_notice", "date": "2023-03-20",
             "authority": "Department for Work and Pensions", "case_refs": [],
             "provisions": [{"act": "FOIA", "ref": "35(1)(a)"}, {"act": "FOIA", "ref": "1"},
               {"act": "FOIA", "ref": "1(3)"}, {"act": "FOIA", "ref": "8(1)"}, {"act": "FOIA", "ref": "17"},
               {"act": "FOIA", "ref": "54"}, {"act": "FOIA", "ref": "84"}, {"act": "FOIA", "ref": "99"}]}
            """,
            TestData.seed("003_").toAbsolutePath().toString().replace("\\", "/")));
    Run quiet = run("eval", "--gold", gold.toString());
    assertTrue(
        quiet.out().contains("gold documents: 1"), "the table is printed without --verbose too");
    Run r = run("eval", "--gold", gold.toString(), "--verbose");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out().contains("provisions              1.000     0.875     0.933     7     0     1"),
        r.out());
    assertTrue(r.out().contains("kind                    1.000     1/1"), r.out());
    assertTrue(r.out().contains("provisions missed [FOIA 99]"), r.out());
  }

  @Test
  void mistakesGiveMessagesNotStackTraces() {
    Run missing = run("analyze", work.resolve("no-such-file.pdf").toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("no such file or folder"), missing.err());
    assertFalse(missing.err().contains("\tat "), missing.err());

    Run noIndex = run("search", "--index", work.resolve("nothing").toString(), "x");
    assertEquals(1, noIndex.exit());
    assertTrue(noIndex.err().contains("run foilens ingest first"), noIndex.err());

    assertEquals(2, run("analyze").exit(), "a missing PATH is a usage error");
    for (String command : List.of("analyze", "ingest", "search", "eval")) {
      Run help = run(command, "--help");
      assertEquals(0, help.exit());
      assertTrue(help.out().contains("Usage: foilens " + command), help.out());
    }
  }
}
