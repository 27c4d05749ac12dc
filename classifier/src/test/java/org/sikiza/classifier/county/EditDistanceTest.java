package org.sikiza.classifier.county;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void oneEditAway() {
    assertTrue(EditDistance.atMostOne("kisumo", "kisumu"));
    assertTrue(EditDistance.atMostOne("nairobbi", "nairobi"));
    assertTrue(EditDistance.atMostOne("naiorbi", "nairobi"));
    assertTrue(EditDistance.atMostOne("kisum", "kisumu"));
  }

  @Test
  void moreThanOneEditAway() {
    assertFalse(EditDistance.atMostOne("kisima", "kisumu"));
    assertFalse(EditDistance.atMostOne("nakula", "nakuru"));
    assertFalse(EditDistance.atMostOne("nbi", "nairobi"));
  }
}
