package org.sikiza.classifier.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.sikiza.classifier.theme.ThemeTaxonomy;

/**
 * Reads labelled TSV: {@code LABELS<TAB>LANG<TAB>TEXT} (corpus form) or {@code LABELS<TAB>TEXT}
 * (evaluation form). LABELS is comma-separated; {@code #} lines are comments; UTF-8, no header.
 * A malformed line fails the read with its file and line number, because a silently skipped example
 * changes the model without anyone noticing.
 */
public final class LabelledTextReader {

  public static final Set<String> LANGUAGES = Set.of("eng", "swa", "sheng");

  private LabelledTextReader() {
  }

  public static List<LabelledText> read(InputStream in, String sourceName) throws IOException {
    List<LabelledText> examples = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      examples.add(parse(line, sourceName + ":" + lineNo));
    }
    return examples;
  }

  static LabelledText parse(String line, String source) {
    String[] columns = line.split("\t", -1);
    if (columns.length != 2 && columns.length != 3) {
      throw new IllegalArgumentException(source + ": expected LABELS<TAB>LANG<TAB>TEXT or LABELS<TAB>TEXT, got "
          + columns.length + " columns");
    }
    List<String> labels = Arrays.stream(columns[0].split(","))
        .map(String::strip)
        .filter(label -> !label.isEmpty())
        .distinct()
        .toList();
    for (String label : labels) {
      if (!ThemeTaxonomy.CODES.contains(label)) {
        throw new IllegalArgumentException(source + ": unknown label '" + label + "'");
      }
    }
    String language = null;
    if (columns.length == 3) {
      language = columns[1].strip();
      if (!LANGUAGES.contains(language)) {
        throw new IllegalArgumentException(source + ": language must be one of " + LANGUAGES + ", got '" + language + "'");
      }
    }
    String text = columns[columns.length - 1].strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(source + ": empty text");
    }
    return new LabelledText(labels, language, text, source);
  }
}
