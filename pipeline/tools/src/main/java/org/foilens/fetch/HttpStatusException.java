package org.foilens.fetch;

import java.io.IOException;
import java.net.URI;

/** A server answered with a status that is not success and is not worth retrying (or no longer). */
public final class HttpStatusException extends IOException {

  private final int status;
  private final URI uri;

  public HttpStatusException(int status, URI uri) {
    this(status, uri, "HTTP " + status + " for " + uri);
  }

  public HttpStatusException(int status, URI uri, String message) {
    super(message);
    this.status = status;
    this.uri = uri;
  }

  public int status() {
    return status;
  }

  public URI uri() {
    return uri;
  }
}
