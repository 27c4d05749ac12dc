package org.sikiza.classifier.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English and Swahili function words and Sheng markers ({@value #RESOURCE}), counted in a message
 * to tell its language without a statistical model.
 */
public final class FunctionWordLexicon {

  public static final String RESOURCE = "language/function-words.tsv";

  private final Map<String, Set<String>> wordsByLanguage;

  private FunctionWordLexicon(Map<String, Set<String>> wordsByLanguage) {
    this.wordsByLanguage = wordsByLanguage;
  }

  public static FunctionWordLexicon standard() {
    try (InputStream in = FunctionWordLexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("function-word lexicon missing from classpath: " + RESOURCE);
      }
      Map<String, Set<String>> words = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        Set<String> set = words.computeIfAbsent(columns[0].strip(), k -> new HashSet<>());
        for (String word : columns[1].split(",")) {
          set.add(word.strip());
        }
      }
      return new FunctionWordLexicon(Map.copyOf(words));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many of {@code tokens} are words of {@code language} ({@code eng}, {@code swa}, {@code sheng}). */
  public int count(List<String> tokens, String language) {
    Set<String> words = wordsByLanguage.getOrDefault(language, Set.of());
    int count = 0;
    for (String token : tokens) {
      if (words.contains(token)) {
        count++;
      }
    }
    return count;
  }
}
