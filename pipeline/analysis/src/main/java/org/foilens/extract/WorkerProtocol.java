package org.foilens.extract;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.foilens.model.ExtractedPart;
import org.foilens.model.Extraction;
import org.foilens.model.Json;
import org.foilens.model.SourceDocument;

/**
 * What a parent and an {@link ExtractionWorker} say to each other, one JSON object per line: the
 * parent sends a {@link Request} on the worker's stdin, the worker answers with a {@link Reply} on
 * its stdout.
 */
final class WorkerProtocol {

  /** Records' accessors only: {@code ExtractedPart.isMail()} is not a property. */
  static final ObjectMapper JSON =
      Json.MAPPER
          .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private WorkerProtocol() {}

  /** Extract this file. */
  record Request(String path, String displayPath, String sha256, long size) {

    static Request of(SourceDocument source) {
      return new Request(
          source.path().toAbsolutePath().toString(),
          source.displayPath(),
          source.sha256(),
          source.size());
    }

    SourceDocument source() {
      return new SourceDocument(Path.of(path), displayPath, sha256, size);
    }
  }

  /**
   * The extraction of the file (without its source, which the parent has), or why there is none.
   *
   * @param failure the reason for people when extraction gave up, else null
   * @param cause the class of the exception behind {@code failure}
   */
  record Reply(
      String mediaType,
      List<ExtractedPart> parts,
      String title,
      Integer pages,
      int ocrPages,
      Map<String, String> properties,
      List<String> warnings,
      String failure,
      String cause) {

    static Reply of(Extraction e) {
      return new Reply(
          e.mediaType(),
          e.parts(),
          e.title(),
          e.pages(),
          e.ocrPages(),
          e.properties(),
          e.warnings(),
          null,
          null);
    }

    static Reply failed(String reason, Throwable cause) {
      return new Reply(
          null, List.of(), null, null, 0, Map.of(), List.of(), reason, cause.getClass().getName());
    }

    Extraction extraction(SourceDocument source) {
      return new Extraction(source, mediaType, parts, title, pages, ocrPages, properties, warnings);
    }
  }
}
