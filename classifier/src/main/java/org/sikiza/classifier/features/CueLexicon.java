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
import org.sikiza.classifier.text.LightStemmer;
import org.sikiza.classifier.text.TextNormaliser;

/**
 * Hand-written word lists that map English, Swahili and Sheng words to a key: a theme code in
 * {@value #THEMES} ({@code SDG6: maji, borehole*, choo}) or a concept in {@value #CONCEPTS}
 * ({@code water: water, maji}). The corpus is small, so these lists give the model prior knowledge
 * about words it has seen rarely, or only in another language; the model still learns how much each
 * cue is worth. Words are matched whole, by prefix ({@code hospital*}) or through their light stems,
 * and multi-word terms as phrases.
 */
public final class CueLexicon {

  public static final String THEMES = "text/theme-lexicon.tsv";
  public static final String CONCEPTS = "text/concepts.tsv";

  private static final int MIN_PREFIX = 3;

  private final Map<String, Set<String>> words = new HashMap<>();
  private final PrefixTrie prefixes = new PrefixTrie();
  private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();

  private record Phrase(String[] words, String code) {
  }

  private static final class Holder {
    static final CueLexicon THEME_CUES = load(THEMES);
    static final CueLexicon CONCEPT_CUES = load(CONCEPTS);
  }

  /** Theme cue words, loaded once per JVM. */
  public static CueLexicon themes() {
    return Holder.THEME_CUES;
  }

  /** Cross-language concepts, loaded once per JVM. */
  public static CueLexicon concepts() {
    return Holder.CONCEPT_CUES;
  }

  private static CueLexicon load(String resource) {
    try (InputStream in = CueLexicon.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon missing from classpath: " + resource);
      }
      return read(in, TextNormaliser.standard());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CueLexicon read(InputStream in, TextNormaliser normaliser) throws IOException {
    CueLexicon lexicon = new CueLexicon();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length != 2) {
        throw new IllegalArgumentException("lexicon line is not KEY<TAB>terms: " + line);
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
      prefixes.add(tokens.get(0), code);
    } else {
      words.computeIfAbsent(tokens.get(0), k -> new LinkedHashSet<>()).add(code);
    }
  }

  /**
   * Adds the key of every cue found in the normalised tokens to {@code hits} (a word that matches a
   * key both exactly and by prefix counts once).
   */
  public void cues(String[] tokens, List<String> hits) {
    Set<String> wordCodes = new LinkedHashSet<>();
    List<String> forms = new ArrayList<>(4);
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      wordCodes.clear();
      forms.clear();
      forms.add(token);
      // Stems let one entry cover Swahili inflections: "bagua*" also finds "wanabaguliwa".
      LightStemmer.stems(token, forms);
      for (String form : forms) {
        lookUp(form, wordCodes);
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

  private void lookUp(String form, Set<String> codes) {
    Set<String> exact = words.get(form);
    if (exact != null) {
      codes.addAll(exact);
    }
    prefixes.collect(form, codes);
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
