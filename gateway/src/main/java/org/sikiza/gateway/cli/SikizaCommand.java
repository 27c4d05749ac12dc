package org.sikiza.gateway.cli;

/** Placeholder entry point; replaced by the picocli command tree. */
public final class SikizaCommand {
  public static void main(String[] args) {
  }
}
