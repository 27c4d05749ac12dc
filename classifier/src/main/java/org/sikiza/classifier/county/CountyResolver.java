package org.sikiza.classifier.county;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out which Kenyan county a message speaks for from the place names in it.
 *
 * <p>Evidence, strongest first: county names and their spellings (Murang'a, Homabay, Nbi, Msa),
 * big towns and estates (Eldoret, Thika, Kibera), Swahili locatives (Nairobini), constituency names,
 * and one-letter misspellings of county and town names (Kisumo). Ward names are many and often
 * everyday words, so a ward alone counts only with a cue ("Kondele ward", "in Kondele") or when two
 * wards of the same county are named. Names on the stop-list (sokoni, wote, central, township,
 * Karen) need an explicit administrative cue ("Bahati ward"). A name that belongs to several
 * counties only supports a county named otherwise. When two counties are named about equally the
 * message gets no county: a wrong county misleads a county report more than a missing one.
 *
 * <p>Thread-safe: the gazetteer is immutable and resolution keeps no state.
 */
public final class CountyResolver {

  private static final double COUNTY_WEIGHT = 1.0;
  private static final double TOWN_WEIGHT = 0.9;
  private static final double CONSTITUENCY_WEIGHT = 0.8;
  private static final double WARD_WITH_CUE_WEIGHT = 0.6;
  private static final double EVERYDAY_WITH_CUE_WEIGHT = 0.5;
  private static final double TWO_WEAK_MENTIONS_WEIGHT = 0.5;
  private static final double LOCATIVE_FACTOR = 0.95;
  private static final double FUZZY_FACTOR = 0.75;
  /** The runner-up county must score below this share of the best for the best to be taken. */
  private static final double DOMINANCE = 0.75;

  private final Gazetteer gazetteer;
  /** County names by first letter, for the misspelling check. */
  private final Map<Character, List<Place>> fuzzyTargets = new HashMap<>();

  public CountyResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Place target : gazetteer.fuzzyTargets()) {
      fuzzyTargets.computeIfAbsent(target.key().charAt(0), c -> new ArrayList<>()).add(target);
    }
  }

  /** A resolver over the gazetteer on the classpath ({@code config/regions/}). */
  public static CountyResolver standard() {
    return new CountyResolver(Gazetteer.fromClasspath());
  }

  private enum How { EXACT, LOCATIVE, FUZZY }

  private record Mention(Place place, int start, int end, How how) {
  }

  public Optional<CountyMatch> resolve(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    List<PlaceText.Token> tokens = PlaceText.tokens(text);
    List<Mention> mentions = mentions(tokens);
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Double> scores = new HashMap<>();
    Map<String, Integer> weakMentions = new HashMap<>();
    Map<String, Mention> strongest = new HashMap<>();
    Map<String, Double> strongestWeight = new HashMap<>();
    for (int m = 0; m < mentions.size(); m++) {
      Mention mention = mentions.get(m);
      Place place = mention.place();
      if (namesARoad(mentions, m, tokens)) {
        continue;
      }
      double weight = weight(mention, tokens);
      if (place.ambiguous() || weight == 0) {
        if (!place.everyday()) {
          place.counties().forEach(county -> weakMentions.merge(county, 1, Integer::sum));
          if (!place.ambiguous()) {
            strongest.putIfAbsent(place.county(), mention);
          }
        }
        continue;
      }
      String county = place.county();
      scores.merge(county, weight, Double::sum);
      if (weight > strongestWeight.getOrDefault(county, 0.0)) {
        strongestWeight.put(county, weight);
        strongest.put(county, mention);
      }
    }
    // Two weak mentions of one county (e.g. two of its wards) together are evidence.
    weakMentions.forEach((county, count) -> {
      if (!scores.containsKey(county) && count >= 2 && strongest.containsKey(county)) {
        scores.put(county, TWO_WEAK_MENTIONS_WEIGHT);
        strongestWeight.put(county, TWO_WEAK_MENTIONS_WEIGHT);
      }
    });
    if (scores.isEmpty()) {
      return Optional.empty();
    }
    String best = null;
    double bestScore = 0;
    double runnerUp = 0;
    for (Map.Entry<String, Double> entry : scores.entrySet()) {
      double score = entry.getValue() + 0.1 * weakMentions.getOrDefault(entry.getKey(), 0);
      if (score > bestScore) {
        runnerUp = bestScore;
        bestScore = score;
        best = entry.getKey();
      } else if (score > runnerUp) {
        runnerUp = score;
      }
    }
    if (runnerUp >= DOMINANCE * bestScore) {
      return Optional.empty();
    }
    Mention shown = strongest.get(best);
    double support = bestScore - strongestWeight.get(best);
    double confidence = Math.min(0.99, strongestWeight.get(best) + 0.05 * Math.min(2, support / 0.5));
    confidence *= bestScore / (bestScore + runnerUp);
    return Optional.of(new CountyMatch(best,
        text.substring(tokens.get(shown.start()).start(), tokens.get(shown.end() - 1).end()),
        Math.round(confidence * 100) / 100.0));
  }

  /** "Ngong Road", and both names in "Nairobi-Mombasa highway". */
  private static boolean namesARoad(List<Mention> mentions, int m, List<PlaceText.Token> tokens) {
    int index = m;
    while (index + 1 < mentions.size() && mentions.get(index + 1).start() == mentions.get(index).end()) {
      index++;
    }
    return PlaceCues.notAPlace(tokens, mentions.get(index).end());
  }

  private double weight(Mention mention, List<PlaceText.Token> tokens) {
    Place place = mention.place();
    boolean adminCue = PlaceCues.adminCue(tokens, mention.start(), mention.end());
    if (place.everyday()) {
      // Three-letter words (kwa, mua, soy) stay words even next to "ward": "kwa ward ya wagonjwa".
      return adminCue && place.key().length() >= 4 ? EVERYDAY_WITH_CUE_WEIGHT : 0;
    }
    double factor = switch (mention.how()) {
      case EXACT -> 1.0;
      case LOCATIVE -> LOCATIVE_FACTOR;
      case FUZZY -> FUZZY_FACTOR;
    };
    return factor * switch (place.kind()) {
      case COUNTY -> COUNTY_WEIGHT;
      case TOWN -> TOWN_WEIGHT;
      case CONSTITUENCY -> CONSTITUENCY_WEIGHT;
      case WARD -> adminCue || PlaceCues.locatingCue(tokens, mention.start()) ? WARD_WITH_CUE_WEIGHT : 0;
    };
  }

  /** Longest gazetteer names, left to right, without overlaps; then locatives and misspellings. */
  private List<Mention> mentions(List<PlaceText.Token> tokens) {
    List<Mention> mentions = new ArrayList<>();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Mention found = longestNameAt(tokens, i);
      if (found == null) {
        found = locativeOrMisspelling(tokens.get(i).word(), i);
      }
      if (found != null) {
        mentions.add(found);
        i = found.end();
      } else {
        i++;
      }
    }
    return mentions;
  }

  /**
   * The name starting at token {@code i}: the strongest kind wins, then the longest. "Nyalenda B"
   * is a ward (needs a cue) but "Nyalenda" a known estate, so the estate is taken.
   */
  private Mention longestNameAt(List<PlaceText.Token> tokens, int i) {
    int maxLength = gazetteer.startsLongName(tokens.get(i).word())
        ? Math.min(gazetteer.longestName(), tokens.size() - i) : 1;
    Mention best = null;
    for (int length = maxLength; length >= 1; length--) {
      Place place = gazetteer.place(PlaceCues.join(tokens, i, i + length));
      if (place != null && !place.everyday()
          && (best == null || place.kind().ordinal() < best.place().kind().ordinal())) {
        best = new Mention(place, i, i + length, How.EXACT);
      } else if (place != null && best == null) {
        best = new Mention(place, i, i + length, How.EXACT);
      }
    }
    return best;
  }

  private Mention locativeOrMisspelling(String word, int i) {
    if (word.length() >= 6 && word.endsWith("ni")) {
      Place place = gazetteer.place(word.substring(0, word.length() - 2));
      if (place != null && (place.kind() == PlaceKind.COUNTY || place.kind() == PlaceKind.TOWN) && !place.everyday()) {
        return new Mention(place, i, i + 1, How.LOCATIVE);
      }
    }
    if (word.length() >= 6 && isLetters(word)) {
      for (Place target : fuzzyTargets.getOrDefault(word.charAt(0), List.of())) {
        String name = target.key();
        if (Math.abs(name.length() - word.length()) <= 1 && EditDistance.atMostOne(word, name)) {
          return new Mention(target, i, i + 1, How.FUZZY);
        }
      }
    }
    return null;
  }

  private static boolean isLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
