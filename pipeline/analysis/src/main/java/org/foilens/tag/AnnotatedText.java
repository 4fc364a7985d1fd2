package org.foilens.tag;

import java.util.List;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;
import org.foilens.model.DocumentKind;
import org.foilens.model.StructuredDocument;
import org.foilens.tag.provision.ProvisionFinder;

/**
 * A structured document as the annotators read it: its body, its sentences, a tokenizer, and the
 * readings that more than one annotator needs (the provisions it cites, with where it cites them).
 * One per document and thread; not shared.
 */
public final class AnnotatedText {

  private final StructuredDocument document;
  private final Span[] sentences;
  private final Tokenizer tokenizer;
  private List<ProvisionFinder.Mention> citations = List.of();

  public AnnotatedText(StructuredDocument document, Span[] sentences, Tokenizer tokenizer) {
    this.document = document;
    this.sentences = sentences;
    this.tokenizer = tokenizer;
  }

  public StructuredDocument document() {
    return document;
  }

  public DocumentKind kind() {
    return document.kind();
  }

  /** The text tagging reads: a notice's whole text, a thread's messages. */
  public String body() {
    return document.body();
  }

  /** The body's sentences, in order. */
  public Span[] sentences() {
    return sentences;
  }

  /** The end offsets of the body's sentences, ascending. */
  public int[] sentenceEnds() {
    int[] ends = new int[sentences.length];
    for (int i = 0; i < sentences.length; i++) {
      ends[i] = sentences[i].getEnd();
    }
    return ends;
  }

  /** The tokens of a piece of text, as OpenNLP's English tokenizer makes them. */
  public String[] tokens(String text) {
    return tokenizer.tokenize(text);
  }

  /** The body's first lines. */
  public String head(int lines) {
    String text = body();
    int pos = 0;
    for (int i = 0; i < lines && pos >= 0; i++) {
      pos = text.indexOf('\n', pos + 1);
    }
    return pos < 0 ? text : text.substring(0, pos);
  }

  /** Every citation of a provision in the body, once the provision annotator has read them. */
  public List<ProvisionFinder.Mention> citations() {
    return citations;
  }

  /** Kept by the provision annotator for those after it. */
  public void citations(List<ProvisionFinder.Mention> found) {
    citations = List.copyOf(found);
  }
}
