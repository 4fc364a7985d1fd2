package org.foilens.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Looks up what the index holds by source path, on a point-in-time view of the index. Reads only
 * the few small stored fields it needs. Thread-safe.
 */
public final class IndexedDocuments implements AutoCloseable {

  private static final Set<String> FIELDS =
      Set.of(
          IndexSchema.SOURCE,
          IndexSchema.SHA256,
          IndexSchema.PIPELINE_VERSION,
          IndexSchema.DUPLICATE);

  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  IndexedDocuments(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * The document indexed for a source path, if any: stored under it, or as a duplicate of another.
   */
  public Optional<IndexedDocument> find(String source) throws IOException {
    Term id = new Term(IndexSchema.ID, IndexSchema.idFor(source));
    TopDocs top =
        searcher.search(IndexSchema.documentsOnly(new TermQuery(id)), 1); // not its paragraphs
    if (top.scoreDocs.length == 0) {
      top =
          searcher.search(
              IndexSchema.documentsOnly(new TermQuery(new Term(IndexSchema.DUPLICATE, source))), 1);
    }
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(read(top.scoreDocs[0].doc));
  }

  /** The documents of a content (normally one: the same content is stored once). */
  public List<IndexedDocument> withSha256(String sha256) throws IOException {
    return all(IndexSchema.documentsOnly(new TermQuery(new Term(IndexSchema.SHA256, sha256))));
  }

  /** The documents that list a duplicate path at {@code root} or below it. */
  public List<IndexedDocument> withDuplicatesUnder(String root) throws IOException {
    String folder = root.endsWith("/") ? root : root + "/";
    return all(
        IndexSchema.documentsOnly(
            new BooleanQuery.Builder()
                .add(
                    new TermQuery(new Term(IndexSchema.DUPLICATE, root)),
                    BooleanClause.Occur.SHOULD)
                .add(
                    new PrefixQuery(new Term(IndexSchema.DUPLICATE, folder)),
                    BooleanClause.Occur.SHOULD)
                .build()));
  }

  private List<IndexedDocument> all(Query query) throws IOException {
    int hits = Math.max(1, searcher.count(query));
    List<IndexedDocument> docs = new ArrayList<>();
    for (ScoreDoc d : searcher.search(query, hits).scoreDocs) {
      docs.add(read(d.doc));
    }
    return docs;
  }

  /**
   * The source paths indexed at {@code root} or below it, where {@code root} is written as the
   * source paths are (the path as given on the command line).
   */
  public List<String> sourcesUnder(String root) throws IOException {
    String folder = root.endsWith("/") ? root : root + "/";
    Query query =
        IndexSchema.documentsOnly(
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.SOURCE, root)), BooleanClause.Occur.SHOULD)
                .add(
                    new PrefixQuery(new Term(IndexSchema.SOURCE, folder)),
                    BooleanClause.Occur.SHOULD)
                .build());
    int hits = Math.max(1, searcher.count(query));
    List<String> sources = new ArrayList<>();
    for (ScoreDoc d : searcher.search(query, hits).scoreDocs) {
      sources.add(read(d.doc).source());
    }
    return sources;
  }

  /** What the index holds from one folder's set of mail files, joined by {@code --join-threads}. */
  public record MailSet(List<String> sources, Set<String> hashes, Set<String> pipelineVersions) {

    /** True when the set was indexed from exactly these files by this pipeline. */
    public boolean isCurrent(String hash, String pipelineVersion) {
      return !sources.isEmpty()
          && hashes.equals(Set.of(hash))
          && pipelineVersions.equals(Set.of(pipelineVersion));
    }
  }

  /** The documents joined from the mail files of a folder (its source path). */
  public MailSet mailSet(String folder) throws IOException {
    Query query = IndexSchema.documentsOnly(new TermQuery(new Term(IndexSchema.MAIL_SET, folder)));
    int hits = Math.max(1, searcher.count(query));
    List<String> sources = new ArrayList<>();
    Set<String> hashes = new HashSet<>();
    Set<String> versions = new HashSet<>();
    for (ScoreDoc d : searcher.search(query, hits).scoreDocs) {
      Document doc =
          searcher
              .storedFields()
              .document(
                  d.doc,
                  Set.of(
                      IndexSchema.SOURCE, IndexSchema.MAIL_SET_SHA, IndexSchema.PIPELINE_VERSION));
      sources.add(doc.get(IndexSchema.SOURCE));
      hashes.add(String.valueOf(doc.get(IndexSchema.MAIL_SET_SHA)));
      versions.add(String.valueOf(doc.get(IndexSchema.PIPELINE_VERSION)));
    }
    return new MailSet(sources, hashes, versions);
  }

  private IndexedDocument read(int doc) throws IOException {
    Document d = searcher.storedFields().document(doc, FIELDS);
    return new IndexedDocument(
        d.get(IndexSchema.SOURCE),
        d.get(IndexSchema.SHA256),
        d.get(IndexSchema.PIPELINE_VERSION),
        List.of(d.getValues(IndexSchema.DUPLICATE)));
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
