package org.sikiza.gateway.http;

/** Every kind of error the HTTP API answers with, and its status code. */
public enum ErrorType {
  BAD_REQUEST(400),
  UNAUTHORIZED(401),
  BAD_SIGNATURE(403),
  FORBIDDEN(403),
  NOT_FOUND(404),
  METHOD_NOT_ALLOWED(405),
  PAYLOAD_TOO_LARGE(413),
  UNSUPPORTED_MEDIA_TYPE(415),
  INTERNAL(500),
  UNAVAILABLE(503);

  private final int status;

  ErrorType(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** The error type for a status set by Vert.x itself (body limit, routing). */
  public static ErrorType forStatus(int status) {
    for (ErrorType type : values()) {
      if (type.status == status && type != BAD_SIGNATURE) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : BAD_REQUEST;
  }
}
