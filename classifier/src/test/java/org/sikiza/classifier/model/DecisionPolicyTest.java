package org.sikiza.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sikiza.classifier.theme.ThemeTaxonomy;

class DecisionPolicyTest {

  private static double[] scores(Map<String, Double> values) {
    double[] scores = new double[ThemeTaxonomy.CODES.size()];
    values.forEach((code, value) -> scores[ThemeTaxonomy.CODES.indexOf(code)] = value);
    return scores;
  }

  private final DecisionPolicy policy = new DecisionPolicy(1.0, 0.5, 0.4, Map.of("SDG10", 0.25));

  @Test
  void topScoreIsThePrimaryLabel() {
    Decision decision = policy.decide(scores(Map.of("SDG6", 0.7, "SDG3", 0.2, "OTHER", 0.1)));
    assertEquals(List.of("SDG6"), decision.labels());
    assertEquals(0.7, decision.confidence(), 1e-12);
    assertFalse(decision.review());
  }

  @Test
  void secondLabelAddedOnlyAboveItsThreshold() {
    assertEquals(List.of("SDG4", "SDG10"), policy.decide(scores(Map.of("SDG4", 0.6, "SDG10", 0.3, "OTHER", 0.1))).labels());
    assertEquals(List.of("SDG4"), policy.decide(scores(Map.of("SDG4", 0.6, "SDG10", 0.2, "SDG1", 0.2))).labels());
    // No threshold for SDG3: never a second label.
    assertEquals(List.of("SDG4"), policy.decide(scores(Map.of("SDG4", 0.55, "SDG3", 0.45))).labels());
  }

  @Test
  void confidentOtherStaysAlone() {
    Decision decision = policy.decide(scores(Map.of("OTHER", 0.8, "SDG10", 0.2)));
    assertEquals(List.of("OTHER"), decision.labels());
  }

  @Test
  void ambiguousOtherGivesWayToTheBestSdg() {
    Decision decision = policy.decide(scores(Map.of("OTHER", 0.35, "SDG3", 0.3, "SDG6", 0.2, "SDG1", 0.15)));
    assertEquals("SDG3", decision.labels().get(0));
    assertTrue(decision.review(), "a 0.3 label must go to review");
  }

  @Test
  void lowConfidenceGoesToReview() {
    assertTrue(policy.decide(scores(Map.of("SDG8", 0.45, "SDG1", 0.3, "SDG10", 0.25))).review());
  }
}
