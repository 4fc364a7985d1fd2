package org.foilens.tag.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.foilens.eval.NameReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {

  @TempDir Path dir;

  @Test
  void aBlankLineStartsANewDocument() throws IOException {
    Path f = dir.resolve("a.train");
    Files.writeString(
        f,
        """
        Signed <START:person> Ann Lee <END>
        The <START:organisation> Home Office <END> replied .

        <START:person> Bo Chan <END> wrote .
        """);
    List<NameSample> samples = NerTrainer.read(f);
    assertEquals(3, samples.size());
    assertTrue(samples.get(0).isClearAdaptiveDataSet());
    assertFalse(samples.get(1).isClearAdaptiveDataSet());
    assertTrue(samples.get(2).isClearAdaptiveDataSet());
    assertEquals("organisation", samples.get(1).getNames()[0].getType());
  }

  @Test
  void aBadLineSaysWhere() throws IOException {
    Path f = dir.resolve("bad.train");
    Files.writeString(f, "fine line\n<START:person> one <START:person> two <END>\n");
    IOException e = assertThrows(IOException.class, () -> NerTrainer.read(f));
    assertTrue(e.getMessage().contains("bad.train:2"), e.getMessage());
    assertThrows(
        IOException.class,
        () -> NerTrainer.readFolder(Files.createDirectories(dir.resolve("empty"))));
  }

  @Test
  void trainingIsDeterministicAndTheReportCountsPerType() throws IOException {
    List<NameSample> samples = new ArrayList<>();
    String[] people = {"Ann Lee", "Bo Chan", "Cy Dunn", "Di Evans", "Ed Ford", "Flo Grant"};
    String[] bodies = {"Home Office", "Cabinet Office", "Dorset Council", "Natural England"};
    for (int i = 0; i < 60; i++) {
      samples.add(
          NameSample.parse(
              "Signed <START:person> "
                  + people[i % people.length]
                  + " <END> for the <START:organisation> "
                  + bodies[i % bodies.length]
                  + " <END> on "
                  + (i + 1)
                  + " May .",
              i % 5 == 0));
    }
    TokenNameFinderModel a = NerTrainer.train(samples);
    TokenNameFinderModel b = NerTrainer.train(samples);
    assertArrayEquals(weights(a), weights(b));

    NameReport report = new NameReport();
    NerTrainer.evaluate(a, samples.subList(0, 10), report);
    assertEquals(
        10,
        report.byType().get("person").truePositives()
            + report.byType().get("person").falseNegatives());
    assertEquals(20, report.overall().truePositives() + report.overall().falseNegatives());
    assertTrue(report.format().contains("organisation"), report.format());
  }

  /** The model without OpenNLP's manifest, which carries a timestamp. */
  private static byte[] weights(TokenNameFinderModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.serialize(out);
    try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("nameFinder.model")) {
          return zip.readAllBytes();
        }
      }
    }
    throw new AssertionError("no nameFinder.model in the serialized model");
  }
}
