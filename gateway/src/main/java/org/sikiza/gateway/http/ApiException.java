package org.sikiza.gateway.http;

import java.util.List;

/** A failure with a known cause, answered as {@link ErrorBody} with the type's status code. */
public final class ApiException extends RuntimeException {

  private final ErrorType type;
  private final List<String> validationErrors;

  public ApiException(ErrorType type, String message) {
    this(type, message, List.of());
  }

  public ApiException(ErrorType type, String message, List<String> validationErrors) {
    super(message, null, false, false);
    this.type = type;
    this.validationErrors = List.copyOf(validationErrors);
  }

  public ErrorType type() {
    return type;
  }

  public List<String> validationErrors() {
    return validationErrors;
  }
}
