package org.foilens.index;

/** A search that ran past its time limit; it gave no answer rather than a partial one. */
public final class SearchTimeoutException extends QueryException {

  public SearchTimeoutException(String message) {
    super(message, null);
  }
}
