package org.foilens.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.foilens.SuppressForbidden;

/**
 * The one JSON mapper of foilens, configured once: dates as ISO strings ({@code 2023-03-20}), and
 * unknown fields in what it reads passed over, so that records written by a newer foilens (which
 * only ever adds fields) still read. Thread-safe.
 */
public final class Json {

  public static final ObjectMapper MAPPER = create();

  /** The same mapper writing indented JSON, for files people read. */
  public static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private Json() {}

  @SuppressForbidden(reason = "the one place the shared mapper is made")
  private static ObjectMapper create() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
