package org.sikiza.reporting;

/** A report was asked for a programme or episode that does not exist: the caller's mistake, answered with 400. */
public final class UnknownFilterException extends IllegalArgumentException {

  public UnknownFilterException(String message) {
    super(message);
  }
}
