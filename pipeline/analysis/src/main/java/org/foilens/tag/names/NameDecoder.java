package org.foilens.tag.names;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The names OpenNLP's {@link NameFinderME} finds in a token sequence, found with a third of its
 * work. Not thread-safe: one instance a thread, as {@code NameFinderME}.
 *
 * <p>{@code NameFinderME} decodes with a beam of three sequences. At each token it asks its context
 * generator for every feature of every sequence in the beam, then the maxent model sums each
 * feature's weights over the outcomes. Most of those features (the token, its neighbours, their
 * shapes, what the document said of the token before) are the same for every sequence; only four
 * depend on the outcomes a sequence gave the two tokens before. This decoder sums the shared
 * features once a token and adds the four for each sequence. The sums are made in the same order as
 * the model's own, so every probability is the same double, and the beam keeps the same sequences
 * in the same order: the names are the same, which {@code NameDecoderTest} checks against {@code
 * NameFinderME} on the real decisions.
 *
 * <p>It serves only a maxent model with a uniform prior, the kind {@code foilens train ner} makes;
 * {@link #of} answers null for any other, and the caller keeps {@code NameFinderME}.
 */
final class NameDecoder implements TokenNameFinder {

  /** A sequence scored below this is dropped, as OpenNLP's beam search drops it. */
  private static final double LOWEST_SCORE = -100000;

  private final TokenNameFinderModel model;
  private final GISModel maxent;
  private final Map<String, Context> weights;
  private final String[] outcomes;
  private final double logPrior;
  private final int beam;
  private final NameContextGenerator features;
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;
  private final Map<String, Context> previousOutcome = new HashMap<>();
  private final Map<String, Context> outcomeBeforeThat = new HashMap<>();

  private NameDecoder(TokenNameFinderModel model, GISModel maxent, int beam) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) maxent.getDataStructures()[1];
    this.model = model;
    this.maxent = maxent;
    this.weights = pmap;
    this.outcomes = new String[maxent.getNumOutcomes()];
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] = maxent.getOutcome(o);
    }
    this.logPrior = StrictMath.log(1.0 / outcomes.length); // UniformPrior's, as GISModel's own
    this.beam = beam;
    TokenNameFinderFactory factory = model.getFactory();
    this.features = WindowCaching.contextGenerator(model);
    this.codec = factory.createSequenceCodec();
    this.validator = codec.createSequenceValidator();
  }

  /** A decoder for a model, or null when the model is not a maxent model this decoder can read. */
  static NameDecoder of(TokenNameFinderModel model) throws IOException {
    Object artifact = model.getArtifact("nameFinder.model");
    if (!(artifact instanceof GISModel maxent)
        || !(maxent.getDataStructures()[1] instanceof Map<?, ?>)) {
      return null;
    }
    String size = model.getManifestProperty("BeamSize");
    int beam = size == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
    NameDecoder decoder = new NameDecoder(model, maxent, beam);
    return decoder.agreesWith(maxent) ? decoder : null;
  }

  /** A decoder of the same model for another thread, with adaptive data of its own. */
  NameDecoder another() {
    try {
      return new NameDecoder(model, maxent, beam);
    } catch (IOException e) {
      throw new UncheckedIOException("the name finder's features were read once, not again", e);
    }
  }

  /**
   * The names in a token sequence, as {@link NameFinderME#find(String[])}; what they teach the
   * model about their tokens is kept for the rest of the document.
   */
  @Override
  public Span[] find(String[] tokens) {
    PriorityQueue<Outcomes> current = new PriorityQueue<>(beam);
    PriorityQueue<Outcomes> next = new PriorityQueue<>(beam);
    current.add(Outcomes.NONE);
    double[] shared = new double[outcomes.length];
    double[] scores = new double[outcomes.length];
    double[] sorted = new double[outcomes.length];
    for (int i = 0; i < tokens.length; i++) {
      sum(features.getContext(i, tokens, null, null), shared);
      String token = tokens[i];
      String shape = FeatureGeneratorUtil.tokenFeature(token);
      int kept = Math.min(beam, current.size());
      for (int k = 0; k < kept && !current.isEmpty(); k++) {
        Outcomes top = current.remove();
        String[] before = top.toArray(i);
        String po = i > 0 ? before[i - 1] : NameFinderME.OTHER;
        String ppo = i > 1 ? before[i - 2] : NameFinderME.OTHER;
        System.arraycopy(shared, 0, scores, 0, scores.length);
        // the order of DefaultNameContextGenerator's features that depend on earlier outcomes
        add(previousOutcome.computeIfAbsent(po, o -> weights.get("po=" + o)), scores);
        add(weights.get("pow=" + po + "," + token), scores);
        add(weights.get("powf=" + po + "," + shape), scores);
        add(outcomeBeforeThat.computeIfAbsent(ppo, o -> weights.get("ppo=" + o)), scores);
        normalize(scores);
        System.arraycopy(scores, 0, sorted, 0, sorted.length);
        Arrays.sort(sorted);
        double least = sorted[Math.max(0, sorted.length - beam)];
        extend(top, i, tokens, before, scores, least, next);
        if (next.isEmpty()) {
          extend(top, i, tokens, before, scores, Double.NEGATIVE_INFINITY, next);
        }
      }
      current.clear();
      PriorityQueue<Outcomes> swap = current;
      current = next;
      next = swap;
    }
    if (current.isEmpty()) {
      return new Span[0]; // every sequence scored too low to keep
    }
    String[] best = current.remove().toArray(tokens.length);
    features.updateAdaptiveData(tokens, best);
    return codec.decode(Arrays.asList(best));
  }

  /** Forgets what earlier sentences taught: call at the end of each document. */
  @Override
  public void clearAdaptiveData() {
    features.clearAdaptiveData();
  }

  /** The sequences one more token long, each outcome scored at least {@code least} and valid. */
  private void extend(
      Outcomes top,
      int i,
      String[] tokens,
      String[] before,
      double[] scores,
      double least,
      PriorityQueue<Outcomes> next) {
    for (int o = 0; o < scores.length; o++) {
      if (scores[o] >= least && validator.validSequence(i, tokens, before, outcomes[o])) {
        Outcomes extended = top.then(outcomes[o], scores[o]);
        if (extended.score() > LOWEST_SCORE) {
          next.add(extended);
        }
      }
    }
  }

  /**
   * A sequence of outcomes in the beam, as a link to the one it extends: OpenNLP's {@link
   * opennlp.tools.util.Sequence} copies all its outcomes at each extension. Scored and ordered as a
   * {@code Sequence}: the sum of the logs of its outcomes' probabilities, best first.
   */
  private record Outcomes(Outcomes before, String last, double score)
      implements Comparable<Outcomes> {

    static final Outcomes NONE = new Outcomes(null, null, 0);

    Outcomes then(String outcome, double probability) {
      return new Outcomes(this, outcome, score + StrictMath.log(probability));
    }

    /** Its outcomes, first to last; {@code length} is how many there are. */
    String[] toArray(int length) {
      String[] out = new String[length];
      Outcomes o = this;
      for (int i = length - 1; i >= 0; i--, o = o.before) {
        out[i] = o.last;
      }
      return out;
    }

    @Override
    public int compareTo(Outcomes other) {
      return Double.compare(other.score, score);
    }
  }

  /** The log prior plus the weights of the features, in their order: the model's own sum. */
  private void sum(String[] context, double[] into) {
    Arrays.fill(into, logPrior);
    for (String feature : context) {
      add(weights.get(feature), into);
    }
  }

  private static void add(Context feature, double[] into) {
    if (feature == null) {
      return;
    }
    int[] to = feature.getOutcomes();
    double[] weight = feature.getParameters();
    for (int a = 0; a < to.length; a++) {
      into[to[a]] += weight[a];
    }
  }

  /** Log scores to probabilities, as the maxent model turns them. */
  private static void normalize(double[] scores) {
    double total = 0;
    for (int o = 0; o < scores.length; o++) {
      scores[o] = StrictMath.exp(scores[o]);
      total += scores[o];
    }
    for (int o = 0; o < scores.length; o++) {
      scores[o] /= total;
    }
  }

  /** Whether this decoder's sums give the model's own probabilities, on a few made-up contexts. */
  private boolean agreesWith(GISModel maxent) {
    String[][] probes = {
      {},
      {"w=council", "po=other", "ppo=other"},
      {"w=mr", "wc=ic", "pd=null", "po=person-start", "pow=person-start,Okafor"},
    };
    double[] mine = new double[outcomes.length];
    for (String[] probe : probes) {
      sum(probe, mine);
      normalize(mine);
      if (!Arrays.equals(mine, maxent.eval(probe))) {
        return false;
      }
    }
    return true;
  }
}
