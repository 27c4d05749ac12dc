package org.sikiza.classifier.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemperatureScalingTest {

  @Test
  void temperatureOneChangesNothingAndOrderIsKept() {
    double[] p = {0.7, 0.2, 0.1};
    assertArrayEquals(p, TemperatureScaling.apply(p, 1.0), 1e-12);
    double[] soft = TemperatureScaling.apply(p, 2.0);
    assertTrue(soft[0] < 0.7 && soft[0] > soft[1] && soft[1] > soft[2]);
    assertEquals(1.0, soft[0] + soft[1] + soft[2], 1e-12);
  }

  @Test
  void fitSoftensAnOverconfidentModel() {
    // Always 95% sure, right only 70% of the time: the fitted temperature must bring 0.95 to ~0.70.
    List<double[]> scores = new ArrayList<>();
    List<int[]> gold = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      scores.add(new double[] {0.95, 0.05});
      gold.add(new int[] {i % 10 < 7 ? 0 : 1});
    }
    double temperature = TemperatureScaling.fit(scores, gold);
    assertTrue(temperature > 1, "temperature " + temperature);
    assertEquals(0.70, TemperatureScaling.apply(new double[] {0.95, 0.05}, temperature)[0], 0.01);
  }
}
