package org.sikiza.classifier.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sikiza.classifier.theme.ThemeTaxonomy;

/** Checks on the real corpus packed in the jar. */
class CorpusTest {

  private static final Corpus CORPUS = Corpus.fromClasspath();

  @Test
  void everyThemeHasExamplesInEveryLanguage() {
    for (String code : ThemeTaxonomy.CODES) {
      Set<String> languages = CORPUS.examples().stream().filter(e -> e.labels().contains(code))
          .map(LabelledText::language).collect(Collectors.toSet());
      assertEquals(Set.of("eng", "swa", "sheng"), languages, code);
    }
  }

  @Test
  void splitsAreRoughlySeventyFifteenFifteen() {
    double n = CORPUS.examples().size();
    assertEquals(0.70, CORPUS.split(Split.TRAIN).size() / n, 0.05);
    assertEquals(0.15, CORPUS.split(Split.DEV).size() / n, 0.04);
    assertEquals(0.15, CORPUS.split(Split.TEST).size() / n, 0.04);
  }

  @Test
  void noMessageIsInTwoSplits() {
    Set<String> train = CORPUS.split(Split.TRAIN).stream().map(e -> SplitRule.key(e.text())).collect(Collectors.toSet());
    for (Split held : List.of(Split.DEV, Split.TEST)) {
      for (LabelledText e : CORPUS.split(held)) {
        assertTrue(!train.contains(SplitRule.key(e.text())), "leaks into train: " + e.text());
      }
    }
  }

  @Test
  void fingerprintIgnoresOrderButNotContent() {
    List<LabelledText> examples = new ArrayList<>(CORPUS.examples().subList(0, 50));
    String original = new Corpus(examples).fingerprint();
    Collections.reverse(examples);
    assertEquals(original, new Corpus(examples).fingerprint());
    examples.set(0, new LabelledText(List.of("OTHER"), "eng", "an edited example", "x"));
    assertNotEquals(original, new Corpus(examples).fingerprint());
  }
}
