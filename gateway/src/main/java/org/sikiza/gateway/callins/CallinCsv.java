package org.sikiza.gateway.callins;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

/**
 * Reads a call-in CSV file (Apache Commons CSV, RFC 4180: quoted fields may hold commas and line breaks) with a
 * header row of the JSON field names, in any order and case. A header naming an unknown column is refused as a
 * whole (a misspelt column would silently lose its data); a bad row is reported by its number and does not stop
 * the others. Rows are numbered as in a spreadsheet: the header is row 1.
 */
final class CallinCsv {

  static final int MAX_ROWS = 5_000;

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .setTrim(true)
      .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
      .get();

  /** A data row as the JSON object the API would take (empty cells left out), or why it cannot be read. */
  record Row(long number, JsonObject fields, String error) {}

  static List<Row> read(String file) {
    String text = file.startsWith("\uFEFF") ? file.substring(1) : file; // the byte-order mark Excel writes
    if (text.isBlank()) {
      throw new ApiException(ErrorType.BAD_REQUEST, "the file is empty; the first row must name the columns");
    }
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = parse(text)) {
      List<String> columns = parser.getHeaderNames().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
      checkHeader(columns);
      long lastNumber = 1;
      try {
        for (CSVRecord record : parser) {
          lastNumber = record.getRecordNumber() + 1;
          if (rows.size() >= MAX_ROWS) {
            throw new ApiException(ErrorType.BAD_REQUEST, "the file has more than " + MAX_ROWS + " rows; split it");
          }
          rows.add(row(record, columns, lastNumber));
        }
      } catch (UncheckedIOException malformed) {
        rows.add(new Row(lastNumber + 1, null, "the CSV is malformed from here on (" + reason(malformed) + "); "
            + "the rows before it were read"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static CSVParser parse(String text) {
    try {
      return CSVParser.parse(text, FORMAT);
    } catch (IllegalArgumentException | IOException | UncheckedIOException badHeader) {
      throw new ApiException(ErrorType.BAD_REQUEST, "the header row cannot be read: " + reason(badHeader)
          + "; it must name each column once, e.g. text,county,gender");
    }
  }

  private static void checkHeader(List<String> columns) {
    if (columns.stream().distinct().count() < columns.size()) {
      throw new ApiException(ErrorType.BAD_REQUEST, "the header row names a column twice: " + columns);
    }
    List<String> unknown = columns.stream().filter(column -> !CallinForm.FIELDS.contains(column)).toList();
    if (!unknown.isEmpty()) {
      throw new ApiException(ErrorType.BAD_REQUEST, "unknown columns " + unknown + "; the columns are "
          + new TreeSet<>(CallinForm.FIELDS), unknown.stream().map(column -> "unknown column " + column).toList());
    }
    if (!columns.contains("text")) {
      throw new ApiException(ErrorType.BAD_REQUEST, "the header row has no text column", List.of("text is required"));
    }
  }

  private static Row row(CSVRecord record, List<String> columns, long number) {
    if (!record.isConsistent()) {
      return new Row(number, null, "the row has " + record.size() + " cells, the header has " + columns.size());
    }
    JsonObject fields = new JsonObject();
    for (int i = 0; i < columns.size(); i++) {
      String value = record.get(i);
      if (value != null && !value.isEmpty()) {
        fields.put(columns.get(i), value);
      }
    }
    return new Row(number, fields, null);
  }

  private static String reason(Exception e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.replaceAll("\\d{5,}", "…");
  }
}
