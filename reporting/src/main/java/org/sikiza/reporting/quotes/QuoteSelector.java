package org.sikiza.reporting.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses up to {@link #PER_THEME} quotes per theme from scrubbed candidates: the most confident labels first,
 * then variety: never two quotes from the same participant or the same message in one report, never two quotes of a
 * theme that say nearly the same words, and never a message that is mostly placeholders once scrubbed.
 */
public final class QuoteSelector {

  public static final int PER_THEME = 3;

  /** Candidates looked at per theme, best first: scrubbing is the costly part of a report. */
  static final int TRIES_PER_THEME = 12;

  /** Scrubbed texts by message id: a message's text never changes, and reports are read again and again. */
  private static final int CACHE_SIZE = 20_000;

  /** Two quotes sharing this share of their words (Jaccard) are too alike to show both. */
  static final double TOO_ALIKE = 0.6;
  static final int MIN_WORDS = 4;

  private final QuoteScrubber scrubber;
  private final Map<Long, String> scrubbed = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
          return size() > CACHE_SIZE;
        }
      });

  public QuoteSelector(QuoteScrubber scrubber) {
    this.scrubber = scrubber;
  }

  /**
   * @param themes the themes that may have quotes (those whose count is published), in report order
   * @return scrubbed quotes per theme
   */
  public Map<String, List<String>> choose(List<QuoteCandidate> candidates, List<String> themes) {
    Map<String, List<QuoteCandidate>> byTheme = new HashMap<>();
    for (QuoteCandidate candidate : candidates) {
      byTheme.computeIfAbsent(candidate.theme(), t -> new ArrayList<>()).add(candidate);
    }
    Set<String> usedParticipants = new HashSet<>();
    Set<Long> usedMessages = new HashSet<>();
    Map<String, List<String>> chosen = new HashMap<>();
    // Rarer themes choose first, so a message with two themes goes to the theme with fewer candidates.
    List<String> order = new ArrayList<>(themes);
    order.sort(Comparator.comparingInt(theme -> byTheme.getOrDefault(theme, List.of()).size()));
    for (String theme : order) {
      List<QuoteCandidate> pool = new ArrayList<>(byTheme.getOrDefault(theme, List.of()));
      pool.sort(Comparator.comparingDouble(QuoteCandidate::score).reversed()
          .thenComparing(Comparator.comparingLong(QuoteCandidate::messageId).reversed()));
      List<String> quotes = new ArrayList<>();
      List<Set<String>> quoteWords = new ArrayList<>();
      int tries = 0;
      for (QuoteCandidate candidate : pool) {
        if (quotes.size() == PER_THEME || tries == TRIES_PER_THEME) {
          break;
        }
        if (usedMessages.contains(candidate.messageId())
            || candidate.participantId() != null && usedParticipants.contains(candidate.participantId())) {
          continue;
        }
        tries++;
        String text = scrubbed.computeIfAbsent(candidate.messageId(), id -> scrubber.scrub(candidate.text()));
        Set<String> words = new HashSet<>(QuoteScrubber.words(text));
        if (!worthQuoting(text, words) || quoteWords.stream().anyMatch(other -> alike(words, other))) {
          continue;
        }
        quotes.add(text);
        quoteWords.add(words);
        usedMessages.add(candidate.messageId());
        if (candidate.participantId() != null) {
          usedParticipants.add(candidate.participantId());
        }
      }
      if (!quotes.isEmpty()) {
        chosen.put(theme, List.copyOf(quotes));
      }
    }
    return chosen;
  }

  private static boolean worthQuoting(String text, Set<String> words) {
    int placeholders = text.split("\\[(?:name|number|email|link|code)]", -1).length - 1;
    return words.size() >= MIN_WORDS && placeholders * 3 <= words.size();
  }

  static boolean alike(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return (double) common.size() / union.size() >= TOO_ALIKE;
  }
}
