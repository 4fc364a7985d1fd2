package org.foilens.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What a committed index holds: documents by kind, distinct source files, documents from another
 * pipeline version, and the run record.
 *
 * @param documents live documents (not counting the paragraphs indexed in their blocks)
 * @param byKind live documents per kind, by kind name
 * @param sources distinct source paths among the live documents: their sources and the paths of
 *     their duplicates (the same content under another name, stored once)
 * @param otherPipelineVersions live documents analyzed by another pipeline version than {@code
 *     pipelineVersion} (a re-run analyzes them again)
 * @param run what the commit says about ingest runs
 */
public record IndexInventory(
    long documents,
    Map<String, Long> byKind,
    long sources,
    long otherPipelineVersions,
    RunRecord run) {

  /** Reads the last commit of the index in {@code folder}. */
  public static IndexInventory read(Path folder, String pipelineVersion) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("no index at " + folder + " (run foilens ingest first)");
    }
    try (Directory directory = FSDirectory.open(folder);
        DirectoryReader reader = open(directory, folder)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Map<String, Long> byKind = new TreeMap<>();
      Terms kinds = MultiTerms.getTerms(reader, IndexSchema.KIND);
      if (kinds != null) {
        TermsEnum terms = kinds.iterator();
        for (BytesRef kind = terms.next(); kind != null; kind = terms.next()) {
          long n =
              searcher.count(
                  IndexSchema.documentsOnly(
                      new TermQuery(new Term(IndexSchema.KIND, BytesRef.deepCopyOf(kind)))));
          if (n > 0) {
            byKind.put(kind.utf8ToString(), n);
          }
        }
      }
      long documents = searcher.count(IndexSchema.documentsOnly());
      long current =
          searcher.count(
              IndexSchema.documentsOnly(
                  new TermQuery(new Term(IndexSchema.PIPELINE_VERSION, pipelineVersion))));
      return new IndexInventory(
          documents,
          byKind,
          liveTerms(reader, IndexSchema.SOURCE) + liveTerms(reader, IndexSchema.DUPLICATE),
          documents - current,
          RunRecord.fromCommitData(reader.getIndexCommit().getUserData()));
    }
  }

  private static DirectoryReader open(Directory directory, Path folder) throws IOException {
    try {
      return DirectoryReader.open(directory);
    } catch (IndexNotFoundException e) {
      throw new IOException("no index at " + folder + " (run foilens ingest first)", e);
    }
  }

  /** How many terms of a field have at least one live document. */
  private static long liveTerms(DirectoryReader reader, String field) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return 0;
    }
    Bits live = MultiBits.getLiveDocs(reader);
    long n = 0;
    TermsEnum values = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef value = values.next(); value != null; value = values.next()) {
      postings = values.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          n++;
          break;
        }
      }
    }
    return n;
  }
}
