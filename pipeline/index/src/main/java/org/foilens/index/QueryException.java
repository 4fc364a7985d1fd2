package org.foilens.index;

/** A query that cannot be run, with the reason for the person who wrote it. */
public class QueryException extends Exception {

  public QueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
