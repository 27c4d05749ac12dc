package org.sikiza.reporting.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Personal names to take out of quotes: those removed in any case, and those that are also everyday words and are
 * removed only when capitalised inside a sentence. Read from {@code personal-names.txt} and
 * {@code capitalised-names.txt} next to this class.
 */
final class NameLexicon {

  private final Set<String> always;
  private final Set<String> whenCapitalised;

  NameLexicon(Set<String> always, Set<String> whenCapitalised) {
    this.always = Set.copyOf(always);
    this.whenCapitalised = Set.copyOf(whenCapitalised);
  }

  static NameLexicon loadDefault() {
    return new NameLexicon(read("personal-names.txt"), read("capitalised-names.txt"));
  }

  /** @param sentenceStart the word begins a sentence, where a capital says nothing */
  boolean isName(String word, boolean sentenceStart) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (always.contains(lower)) {
      return true;
    }
    return !sentenceStart && whenCapitalised.contains(lower) && Character.isUpperCase(word.charAt(0));
  }

  boolean isKnownName(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return always.contains(lower) || whenCapitalised.contains(lower);
  }

  private static Set<String> read(String resource) {
    Set<String> names = new HashSet<>();
    try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#")) {
          for (String name : line.trim().split("\\s+")) {
            if (!name.isEmpty()) {
              names.add(name.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}
