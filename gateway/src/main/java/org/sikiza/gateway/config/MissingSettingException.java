package org.sikiza.gateway.config;

/** A setting the gateway cannot run without was not given; the message names it. */
public final class MissingSettingException extends RuntimeException {
  public MissingSettingException(String message) {
    super(message);
  }
}
