package org.sikiza.classifier.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.TrainingParameters;

/**
 * One OpenNLP training configuration tried by the {@link Trainer}.
 *
 * @param algorithm {@code MAXENT} (GIS), {@code MAXENT_QN} (L-BFGS) or {@code NAIVEBAYES}
 * @param iterations training iterations (ignored by NAIVEBAYES)
 * @param l2Cost L2 regularisation of MAXENT_QN (ignored otherwise)
 */
public record TrainingSettings(String algorithm, int iterations, double l2Cost) {

  /** Short texts: every feature seen once is kept, since most SMS words are rare. */
  public static final int CUTOFF = 1;

  public TrainingParameters toParameters(int threads) {
    TrainingParameters parameters = new TrainingParameters();
    asMap().forEach(parameters::put);
    parameters.put(TrainingParameters.THREADS_PARAM, threads);
    return parameters;
  }

  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    map.put(TrainingParameters.CUTOFF_PARAM, String.valueOf(CUTOFF));
    if (!algorithm.equals("NAIVEBAYES")) {
      map.put(TrainingParameters.ITERATIONS_PARAM, String.valueOf(iterations));
    }
    if (algorithm.equals("MAXENT_QN")) {
      map.put("L1Cost", "0.0");
      map.put("L2Cost", String.valueOf(l2Cost));
    }
    return map;
  }

  public String describe() {
    return switch (algorithm) {
      case "NAIVEBAYES" -> "NAIVEBAYES";
      case "MAXENT_QN" -> String.format(Locale.ROOT, "MAXENT_QN iterations=%d L2=%s", iterations, l2Cost);
      default -> algorithm + " iterations=" + iterations;
    };
  }
}
