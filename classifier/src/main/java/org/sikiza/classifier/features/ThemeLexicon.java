package org.sikiza.classifier.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sikiza.classifier.text.TextNormaliser;

/**
 * Hand-written cue words per theme in English, Swahili and Sheng ({@code SDG6: maji, borehole*,
 * choo}), read from {@value #RESOURCE}. The corpus is small, so these cues give the model prior
 * knowledge about words it has seen rarely or never; the model still learns how much each cue is
 * worth.
 */
public final class ThemeLexicon {

  public static final String RESOURCE = "text/theme-lexicon.tsv";

  private static final int MIN_PREFIX = 3;

  private final Map<String, Set<String>> words = new HashMap<>();
  private final Map<String, Set<String>> prefixes = new HashMap<>();
  private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();
  private int longestPrefix;

  private record Phrase(String[] words, String code) {
  }

  private static final class Holder {
    static final ThemeLexicon STANDARD = load();
  }

  /** The lexicon from the classpath, loaded once per JVM. */
  public static ThemeLexicon standard() {
    return Holder.STANDARD;
  }

  private static ThemeLexicon load() {
    try (InputStream in = ThemeLexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("theme lexicon missing from classpath: " + RESOURCE);
      }
      return read(in, TextNormaliser.standard());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ThemeLexicon read(InputStream in, TextNormaliser normaliser) throws IOException {
    ThemeLexicon lexicon = new ThemeLexicon();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length != 2) {
        throw new IllegalArgumentException("theme lexicon line is not CODE<TAB>terms: " + line);
      }
      String code = columns[0].strip();
      for (String term : columns[1].split(",")) {
        lexicon.add(code, term.strip(), normaliser);
      }
    }
    return lexicon;
  }

  private void add(String code, String term, TextNormaliser normaliser) {
    if (term.isEmpty()) {
      return;
    }
    boolean prefix = term.endsWith("*");
    List<String> tokens = normaliser.tokens(prefix ? term.substring(0, term.length() - 1) : term);
    if (tokens.isEmpty()) {
      return;
    }
    if (tokens.size() > 1) {
      phrasesByFirstWord.computeIfAbsent(tokens.get(0), k -> new ArrayList<>())
          .add(new Phrase(tokens.toArray(String[]::new), code));
    } else if (prefix && tokens.get(0).length() >= MIN_PREFIX) {
      prefixes.computeIfAbsent(tokens.get(0), k -> new LinkedHashSet<>()).add(code);
      longestPrefix = Math.max(longestPrefix, tokens.get(0).length());
    } else {
      words.computeIfAbsent(tokens.get(0), k -> new LinkedHashSet<>()).add(code);
    }
  }

  /**
   * Adds one theme code to {@code hits} for every cue found in the normalised tokens (a word that
   * matches a theme both exactly and by prefix counts once).
   */
  public void cues(String[] tokens, List<String> hits) {
    Set<String> wordCodes = new LinkedHashSet<>();
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      wordCodes.clear();
      Set<String> exact = words.get(token);
      if (exact != null) {
        wordCodes.addAll(exact);
      }
      int maxLength = Math.min(token.length(), longestPrefix);
      for (int length = MIN_PREFIX; length <= maxLength; length++) {
        Set<String> byPrefix = prefixes.get(token.substring(0, length));
        if (byPrefix != null) {
          wordCodes.addAll(byPrefix);
        }
      }
      hits.addAll(wordCodes);
      List<Phrase> phrases = phrasesByFirstWord.get(token);
      if (phrases != null) {
        for (Phrase phrase : phrases) {
          if (matchesAt(tokens, i, phrase.words())) {
            hits.add(phrase.code());
          }
        }
      }
    }
  }

  private static boolean matchesAt(String[] tokens, int start, String[] phrase) {
    if (start + phrase.length > tokens.length) {
      return false;
    }
    for (int j = 1; j < phrase.length; j++) {
      if (!tokens[start + j].equals(phrase[j])) {
        return false;
      }
    }
    return true;
  }
}
