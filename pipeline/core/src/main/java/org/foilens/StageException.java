package org.foilens;

/** A stage's failure with a reason written for people, e.g. "encrypted PDF, no password set". */
public class StageException extends Exception {

  public StageException(String reason) {
    super(reason);
  }

  public StageException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
