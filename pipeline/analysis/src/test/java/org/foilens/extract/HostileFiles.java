package org.foilens.extract;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile inputs, written at test time so that nothing large is committed. */
final class HostileFiles {

  private HostileFiles() {}

  /**
   * A nested zip bomb: {@code outer} copies of a zip of {@code middle} copies of a zip holding
   * {@code innerMb} MB of one letter as text. Returns the file; its expanded size is outer × middle
   * × innerMb MB.
   */
  static Path zipBomb(Path file, int innerMb, int middle, int outer) throws IOException {
    byte[] inner = zipOf(List.of("letters.txt"), letters(innerMb));
    byte[] mid = zipOfCopies("inner", inner, middle);
    Files.write(file, zipOfCopies("middle", mid, outer));
    return file;
  }

  private static byte[] zipOfCopies(String prefix, byte[] zip, int copies) throws IOException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      names.add(prefix + "-" + i + ".zip");
    }
    var bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (String name : names) {
        out.putNextEntry(new ZipEntry(name));
        out.write(zip);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static Content letters(int mb) {
    return out -> {
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < mb; i++) {
        out.write(block);
      }
    };
  }

  private static byte[] zipOf(List<String> names, Content content) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      for (String name : names) {
        out.putNextEntry(new ZipEntry(name));
        content.writeTo(out);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * A valid PDF of about {@code mb} MB: one page of text, and an image of random (incompressible)
   * bytes on the page's resources, written straight to disk.
   */
  static Path largePdf(Path file, int mb) throws IOException {
    String text = "BT /F1 12 Tf 72 720 Td (A very large PDF about section 12 of the Act.) Tj ET";
    long imageBytes = (long) mb << 20;
    int side = (int) Math.sqrt(imageBytes / 3.0);
    long length = (long) side * side * 3;
    List<Long> offsets = new ArrayList<>();
    try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      Counter c = new Counter(out);
      c.write("%PDF-1.7\n");
      offsets.add(c.n);
      c.write("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
      offsets.add(c.n);
      c.write("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
      offsets.add(c.n);
      c.write(
          "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
              + " /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >> endobj\n");
      offsets.add(c.n);
      c.write(
          "4 0 obj << /Length " + text.length() + " >> stream\n" + text + "\nendstream endobj\n");
      offsets.add(c.n);
      c.write("5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n");
      offsets.add(c.n);
      c.write(
          "6 0 obj << /Type /XObject /Subtype /Image /Width "
              + side
              + " /Height "
              + side
              + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length "
              + length
              + " >> stream\n");
      Random random = new Random(6);
      byte[] chunk = new byte[1 << 20];
      for (long left = length; left > 0; left -= chunk.length) {
        random.nextBytes(chunk);
        c.write(chunk, (int) Math.min(chunk.length, left));
      }
      c.write("\nendstream endobj\n");
      writeXref(c, offsets);
    }
    return file;
  }

  /** The cross-reference table of objects 1..n at {@code offsets}, the trailer and the end mark. */
  private static void writeXref(Counter c, List<Long> offsets) throws IOException {
    long xref = c.n;
    int size = offsets.size() + 1;
    StringBuilder table = new StringBuilder("xref\n0 " + size + "\n0000000000 65535 f \n");
    for (long offset : offsets) {
      table.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset));
    }
    table
        .append("trailer << /Size " + size + " /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    c.write(table.toString());
  }

  /**
   * A small PDF whose page content stream inflates to {@code mb} MB of spaces: a parser that
   * decodes the stream into memory needs that much heap.
   */
  static Path inflatingPdf(Path file, int mb) throws IOException {
    var compressed = new ByteArrayOutputStream();
    try (var deflate =
        new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < mb; i++) {
        deflate.write(block);
      }
    }
    byte[] stream = compressed.toByteArray();
    List<Long> offsets = new ArrayList<>();
    try (var out = new BufferedOutputStream(Files.newOutputStream(file))) {
      Counter c = new Counter(out);
      c.write("%PDF-1.7\n");
      offsets.add(c.n);
      c.write("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
      offsets.add(c.n);
      c.write("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
      offsets.add(c.n);
      c.write(
          "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"
              + " endobj\n");
      offsets.add(c.n);
      c.write("4 0 obj << /Length " + stream.length + " /Filter /FlateDecode >> stream\n");
      c.write(stream, stream.length);
      c.write("\nendstream endobj\n");
      writeXref(c, offsets);
    }
    return file;
  }

  /** About {@code mb} MB of plain text, words and lines. */
  static Path largeText(Path file, int mb) throws IOException {
    String[] words = {
      "section", "request", "authority", "information", "public", "interest", "the", "of"
    };
    Random random = new Random(40);
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long written = 0;
      while (written < (long) mb << 20) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 12; i++) {
          line.append(words[random.nextInt(words.length)]).append(i < 11 ? ' ' : '\n');
        }
        out.write(line.toString());
        written += line.length();
      }
    }
    return file;
  }

  /** Writes and counts bytes, for the cross-reference table. */
  private static final class Counter {
    private final OutputStream out;
    long n;

    Counter(OutputStream out) {
      this.out = out;
    }

    void write(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
      write(b, b.length);
    }

    void write(byte[] b, int len) throws IOException {
      out.write(b, 0, len);
      n += len;
    }
  }
}
