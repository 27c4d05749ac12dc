package org.sikiza.classifier.county;

import java.util.List;
import java.util.Set;

/**
 * Words around a name that say it is meant as a place: explicit administrative cues ("Bahati
 * ward", "kata ya Kwanza") and locating prepositions ("in Kondele", "huko Nyalenda"), plus words
 * that turn a name into something else ("Ngong Road", "Thika Highway").
 */
final class PlaceCues {

  private static final Set<String> ADMIN_BEFORE = Set.of(
      "ward", "kata", "kata ya", "wadi", "wadi ya", "ward ya", "constituency", "eneo bunge la", "jimbo la",
      "kijiji", "kijiji cha", "village", "location", "estate", "mtaa wa", "sub county", "subcounty");
  private static final Set<String> ADMIN_AFTER = Set.of(
      "ward", "wadi", "kata", "constituency", "location", "sublocation", "sub location", "village", "estate",
      "town", "mjini", "sub county", "subcounty", "county", "kaunti", "area", "division", "market", "centre",
      "center", "shopping centre");
  private static final Set<String> LOCATING_BEFORE = Set.of(
      "in", "at", "from", "near", "around", "kutoka", "huko", "huku", "hapa", "kule", "kwetu", "karibu na",
      "pale", "mtaani", "here in", "live in", "based in", "nikiwa", "niko", "tuko", "wako");
  private static final Set<String> NOT_A_PLACE_AFTER = Set.of(
      "road", "rd", "highway", "street", "st", "avenue", "ave", "bypass", "expressway", "fc", "united", "stars",
      "homeboyz", "queens", "sharks");

  private PlaceCues() {
  }

  static boolean adminCue(List<PlaceText.Token> tokens, int start, int end) {
    return matchesBefore(tokens, start, ADMIN_BEFORE) || matchesAfter(tokens, end, ADMIN_AFTER);
  }

  static boolean locatingCue(List<PlaceText.Token> tokens, int start) {
    return matchesBefore(tokens, start, LOCATING_BEFORE);
  }

  /** "Ngong Road" is a road in Nairobi, not Ngong in Kajiado. */
  static boolean notAPlace(List<PlaceText.Token> tokens, int end) {
    return end < tokens.size() && NOT_A_PLACE_AFTER.contains(tokens.get(end).word());
  }

  private static boolean matchesBefore(List<PlaceText.Token> tokens, int start, Set<String> cues) {
    for (int length = 1; length <= 3 && start - length >= 0; length++) {
      if (cues.contains(join(tokens, start - length, start))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAfter(List<PlaceText.Token> tokens, int end, Set<String> cues) {
    for (int length = 1; length <= 2 && end + length <= tokens.size(); length++) {
      if (cues.contains(join(tokens, end, end + length))) {
        return true;
      }
    }
    return false;
  }

  static String join(List<PlaceText.Token> tokens, int from, int to) {
    if (to - from == 1) {
      return tokens.get(from).word();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).word());
    }
    return sb.toString();
  }
}
