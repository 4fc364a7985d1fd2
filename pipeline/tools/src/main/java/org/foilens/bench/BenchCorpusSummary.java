package org.foilens.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The size and mix of a written benchmark corpus.
 *
 * @param out the corpus folder
 * @param noticePdfs decision-notice PDFs
 * @param noticePages their pages
 * @param scannedPages pages without a text layer, in notices and in letters
 * @param letterPdfs standalone response-letter PDFs
 * @param emlFiles threads written as one {@code .eml}
 * @param mboxFiles threads written as one {@code .mbox}
 * @param messages messages in all threads
 * @param pdfAttachments PDF attachments in the threads
 * @param docxAttachments Word attachments in the threads
 * @param bytes the size of all files written
 * @param seconds the time it took
 */
public record BenchCorpusSummary(
    Path out,
    int noticePdfs,
    int noticePages,
    int scannedPages,
    int letterPdfs,
    int emlFiles,
    int mboxFiles,
    int messages,
    int pdfAttachments,
    int docxAttachments,
    long bytes,
    double seconds) {

  public int files() {
    return noticePdfs + letterPdfs + emlFiles + mboxFiles;
  }

  /** The summary as an ordered map, for JSON. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("out", out.toString());
    m.put("files", files());
    m.put("notice_pdfs", noticePdfs);
    m.put("notice_pages", noticePages);
    m.put("scanned_pages", scannedPages);
    m.put("letter_pdfs", letterPdfs);
    m.put("eml_files", emlFiles);
    m.put("mbox_files", mboxFiles);
    m.put("messages", messages);
    m.put("pdf_attachments", pdfAttachments);
    m.put("docx_attachments", docxAttachments);
    m.put("bytes", bytes);
    m.put("seconds", Math.round(seconds * 10) / 10.0);
    return m;
  }

  /** A few lines for people. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s: %d files, %.1f MB in %.1f s%n"
            + "  notices  %6d PDFs, %d pages (%.1f per notice), %d pages without text in all%n"
            + "  letters  %6d PDFs%n"
            + "  threads  %6d .eml + %d .mbox, %d messages, %d PDF and %d .docx attachments%n",
        out,
        files(),
        bytes / 1e6,
        seconds,
        noticePdfs,
        noticePages,
        noticePdfs == 0 ? 0.0 : (double) noticePages / noticePdfs,
        scannedPages,
        letterPdfs,
        emlFiles,
        mboxFiles,
        messages,
        pdfAttachments,
        docxAttachments);
  }

  /** Counts files as worker threads write them. */
  static final class Counter {
    private int noticePdfs;
    private int noticePages;
    private int scannedPages;
    private int letterPdfs;
    private int emlFiles;
    private int mboxFiles;
    private int messages;
    private int pdfAttachments;
    private int docxAttachments;
    private long bytes;

    synchronized void notice(int pages, int scanned, long size) {
      noticePdfs++;
      noticePages += pages;
      scannedPages += scanned;
      bytes += size;
    }

    synchronized void letter(int scanned, long size) {
      letterPdfs++;
      scannedPages += scanned;
      bytes += size;
    }

    synchronized void thread(
        boolean mbox, int messageCount, int pdfs, int docx, int scanned, long size) {
      scannedPages += scanned;
      if (mbox) {
        mboxFiles++;
      } else {
        emlFiles++;
      }
      messages += messageCount;
      pdfAttachments += pdfs;
      docxAttachments += docx;
      bytes += size;
    }

    synchronized BenchCorpusSummary summary(Path out, double seconds) {
      return new BenchCorpusSummary(
          out,
          noticePdfs,
          noticePages,
          scannedPages,
          letterPdfs,
          emlFiles,
          mboxFiles,
          messages,
          pdfAttachments,
          docxAttachments,
          bytes,
          seconds);
    }
  }
}
