package org.foilens.tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.foilens.FoilensConfig;
import org.foilens.Stage;
import org.foilens.model.AnalyzedDocument;
import org.foilens.model.SourceDocument;
import org.foilens.model.StructuredDocument;
import org.foilens.tag.authority.AuthorityAnnotator;
import org.foilens.tag.caseref.CaseRefAnnotator;
import org.foilens.tag.date.DateAnnotator;
import org.foilens.tag.finding.DecisionReading;
import org.foilens.tag.finding.FindingAnnotator;
import org.foilens.tag.finding.FindingModel;
import org.foilens.tag.finding.FindingModels;
import org.foilens.tag.letter.ResponseLetterAnnotator;
import org.foilens.tag.names.NameAnnotator;
import org.foilens.tag.names.NameFinder;
import org.foilens.tag.provision.LegislationTable;
import org.foilens.tag.provision.ProvisionAnnotator;
import org.foilens.tag.status.LifecycleAnnotator;
import org.foilens.tag.status.LifecycleFinder;
import org.foilens.tag.status.RequestStatusClassifier;
import org.foilens.tag.status.StatusAnnotator;
import org.foilens.tag.status.StatusFeatures;
import org.foilens.tag.status.ThreadSignals;
import org.foilens.tag.steps.StepsAnnotator;
import org.foilens.tag.timeline.TimelineAnnotator;
import org.foilens.tag.timeline.TimelineReader;
import org.foilens.text.AuthorityGazetteer;
import org.foilens.text.WorkingDays;

/**
 * The tag stage: splits the text into sentences with OpenNLP, then lets each {@link Annotator} add
 * what it finds, in order, to the document's record in the shape of the output contract.
 */
public final class Tagger implements Stage<StructuredDocument, AnalyzedDocument> {

  private final List<Annotator> annotators;
  private final ThreadLocal<SentenceDetectorME> sentenceDetector;
  private final ThreadLocal<TokenizerME> tokenizer;

  /**
   * @param annotators the annotators in the order they run: each may read what those before it
   *     found
   */
  public Tagger(NlpModels models, List<Annotator> annotators) {
    this.annotators = List.copyOf(annotators);
    this.sentenceDetector = ThreadLocal.withInitial(models::sentenceDetector);
    this.tokenizer = ThreadLocal.withInitial(models::tokenizer);
  }

  @Override
  public AnalyzedDocument apply(StructuredDocument doc) {
    return inspect(doc, (text, record) -> record.build());
  }

  /** Runs every annotator, then hands the annotated text and the record to {@code after}. */
  public <T> T inspect(
      StructuredDocument doc, BiFunction<AnnotatedText, AnalyzedDocument.Builder, T> after) {
    AnnotatedText text =
        new AnnotatedText(doc, sentenceDetector.get().sentPosDetect(doc.body()), tokenizer.get());
    AnalyzedDocument.Builder record = AnalyzedDocument.builder(doc.extraction().source().origin());
    for (Annotator annotator : annotators) {
      annotator.annotate(text, record);
    }
    return after.apply(text, record);
  }

  /**
   * The tagger of a configuration: the legislation tables, the gazetteer, the finding cues, the
   * bank holidays, and the trained models where the configuration has them (without the name model,
   * persons and organisations stay empty; without the status model, threads get only the status
   * they state).
   */
  public static Tagger load(FoilensConfig config) throws IOException {
    return load(config, FindingModels.fromConfig(config), source -> "");
  }

  /**
   * The tagger of a configuration, with the given model weighing decisions' rulings.
   *
   * @param letterhead the words in a letter's letterhead pictures, for letters whose text names no
   *     body ({@code source -> ""} reads none)
   */
  public static Tagger load(
      FoilensConfig config, FindingModel findings, Function<SourceDocument, String> letterhead)
      throws IOException {
    LegislationTable legislation = LegislationTable.load(config.file("legislation"));
    AuthorityGazetteer gazetteer = AuthorityGazetteer.load(config.file("authorities.tsv"));
    List<Annotator> annotators = new ArrayList<>();
    annotators.add(new StructureAnnotator());
    annotators.add(new TitleAnnotator());
    annotators.add(new DateAnnotator());
    annotators.add(new AuthorityAnnotator(gazetteer));
    annotators.add(new CaseRefAnnotator());
    annotators.add(new ProvisionAnnotator(legislation));
    annotators.add(new StepsAnnotator());
    annotators.add(
        new FindingAnnotator(
            DecisionReading.Reader.load(
                config.file("finding-cues.tsv"), config.file("ruling-concepts.tsv"), legislation),
            findings));
    WorkingDays calendar = WorkingDays.load(config.file("bank-holidays-england-wales.txt"));
    annotators.add(
        new TimelineAnnotator(TimelineReader.load(config.file("timeline-cues.tsv")), calendar));
    ResponseLetterAnnotator letters =
        ResponseLetterAnnotator.load(config, gazetteer, legislation, letterhead);
    // threads read their answers' letters with the letter reader's own tables
    StatusFeatures threadFeatures =
        StatusFeatures.load(
            config, ThreadSignals.load(config, letters.decisions(), letters.sentences()));
    annotators.add(
        new StatusAnnotator(
            RequestStatusClassifier.fromConfig(config, threadFeatures), threadFeatures.reader()));
    annotators.add(new LifecycleAnnotator(new LifecycleFinder(calendar)));
    annotators.add(letters);
    Path names = config.file(NameFinder.MODEL);
    if (Files.isRegularFile(names)) {
      annotators.add(new NameAnnotator(NameFinder.load(names), gazetteer));
    }
    return new Tagger(NlpModels.load(), annotators);
  }

  /** The annotators, in the order they run. */
  public List<Annotator> annotators() {
    return new ArrayList<>(annotators);
  }
}
