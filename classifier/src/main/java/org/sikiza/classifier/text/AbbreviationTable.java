package org.sikiza.classifier.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * SMS shorthand table ({@code pls -> please}, {@code cjui -> sijui}) read from a TSV resource, so
 * that linguists can extend it without touching code.
 */
public final class AbbreviationTable {

  /** Classpath location of the default table. */
  public static final String DEFAULT_RESOURCE = "text/sms-abbreviations.tsv";

  private final Map<String, String[]> expansions;

  private AbbreviationTable(Map<String, String[]> expansions) {
    this.expansions = expansions;
  }

  /** Loads the default table from the classpath. */
  public static AbbreviationTable standard() {
    try (InputStream in = AbbreviationTable.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("abbreviation table missing from classpath: " + DEFAULT_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code shorthand<TAB>expansion} lines; {@code #} starts a comment. */
  public static AbbreviationTable read(InputStream in) throws IOException {
    Map<String, String[]> map = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("\t");
      if (parts.length != 2) {
        throw new IllegalArgumentException("abbreviation table line " + lineNo + " is not shorthand<TAB>expansion: " + line);
      }
      map.put(parts[0].strip(), parts[1].strip().split("\\s+"));
    }
    return new AbbreviationTable(Map.copyOf(map));
  }

  /** The expansion of a lower-case token, or {@code null} when the token is not a shorthand. */
  public String[] expansion(String token) {
    return expansions.get(token);
  }

  public int size() {
    return expansions.size();
  }
}
