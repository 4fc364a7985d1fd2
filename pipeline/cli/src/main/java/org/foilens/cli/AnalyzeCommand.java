package org.foilens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.foilens.Analysis;
import org.foilens.BatchRunner;
import org.foilens.Pipeline;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.Json;
import org.foilens.model.Provision;
import org.foilens.model.SourceDocument;
import org.foilens.source.SourceWalker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code foilens analyze}: extract, structure and tag files, and print what was found. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Extract, structure and tag files or folders, and print one record per document.",
      "No index is written.",
      "A file that fails prints a record whose error says why; the run goes on."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to analyze.")
  List<Path> paths;

  @Option(
      names = "--json",
      description = "Print one JSON object per document per line (the output contract).")
  boolean json;

  @Option(
      names = "--join-threads",
      description = {
        "Join separate .eml files of one correspondence in a folder into one thread",
        "(by Message-ID/In-Reply-To, then WhatDoTheyKnow address or reference, then subject);",
        "a joined thread's source is its first file's path followed by #thread."
      })
  boolean joinThreads;

  @Mixin PipelineOptions options = new PipelineOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<Path> files = new SourceWalker().list(paths);
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = Json.MAPPER;
    Consumer<Analysis> print =
        analysis -> {
          AnalyzedDocument doc = analysis.document();
          try {
            out.println(json ? mapper.writeValueAsString(doc) : summary(doc));
          } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
          out.flush();
        };
    Map<Path, List<Path>> mailByFolder = new LinkedHashMap<>();
    List<Path> others = new ArrayList<>();
    for (Path f : files) {
      if (joinThreads && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml")) {
        mailByFolder.computeIfAbsent(f.toAbsolutePath().getParent(), k -> new ArrayList<>()).add(f);
      } else {
        others.add(f);
      }
    }
    try (Pipeline pipeline = options.pipeline()) {
      new BatchRunner(pipeline, options.threads()).run(others, print);
      for (List<Path> folder : mailByFolder.values()) {
        List<SourceDocument> sources = new ArrayList<>();
        for (Path f : folder) {
          try {
            sources.add(SourceWalker.describe(f));
          } catch (IOException e) {
            print.accept(Pipeline.unreadable(f, e));
          }
        }
        pipeline.analyzeJoined(sources).forEach(print);
      }
    }
    return 0;
  }

  static String summary(AnalyzedDocument d) {
    if (d.isFailure()) {
      return d.source() + "\n  error: " + d.error();
    }
    StringBuilder sb = new StringBuilder(d.source());
    sb.append("\n  ").append(d.kind());
    if (d.date() != null) {
      sb.append(", ").append(d.date());
    }
    if (d.authority() != null) {
      sb.append(", ").append(d.authority());
    }
    if (d.correspondence().status() != null) {
      sb.append(", status ").append(d.correspondence().status());
    }
    if (!d.mentions().caseRefs().isEmpty()) {
      sb.append("\n  cases: ").append(String.join(", ", d.mentions().caseRefs()));
    }
    if (!d.provisions().isEmpty()) {
      sb.append("\n  provisions: ");
      List<String> ps = d.provisions().stream().map(AnalyzeCommand::provision).toList();
      sb.append(String.join(", ", ps));
    }
    if (!d.correspondence().messages().isEmpty()) {
      sb.append("\n  messages: ").append(d.correspondence().messages().size());
    }
    return sb.toString();
  }

  private static String provision(Provision p) {
    return p.act()
        + " "
        + p.ref()
        + " ("
        + p.role()
        + (p.mentions() > 1 ? " ×" + p.mentions() : "")
        + ")";
  }
}
