package org.sikiza.reporting.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV that opens cleanly in a spreadsheet: UTF-8 with a byte order mark (so Excel reads Swahili and dashes
 * right), CRLF line ends, every field quoted, and text that a spreadsheet would run as a formula ({@code = + - @},
 * tab, carriage return) prefixed with an apostrophe. Numbers are ours and written as they are.
 */
public final class CsvWriter {

  private static final String BOM = "\uFEFF";

  private final StringBuilder out = new StringBuilder(BOM);
  private boolean lineStart = true;

  public CsvWriter row(List<String> header) {
    header.forEach(this::text);
    return end();
  }

  public CsvWriter text(String value) {
    String safe = value == null ? "" : value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    return field(safe);
  }

  /** A count or other whole number; empty when null (a suppressed count). */
  public CsvWriter number(Long value) {
    return field(value == null ? "" : Long.toString(value));
  }

  /** A decimal such as a share; empty when null. */
  public CsvWriter decimal(Double value) {
    return field(value == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", value));
  }

  public CsvWriter bool(boolean value) {
    return field(Boolean.toString(value));
  }

  public CsvWriter end() {
    out.append("\r\n");
    lineStart = true;
    return this;
  }

  private CsvWriter field(String value) {
    if (!lineStart) {
      out.append(',');
    }
    out.append('"').append(value.replace("\"", "\"\"")).append('"');
    lineStart = false;
    return this;
  }

  public byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
