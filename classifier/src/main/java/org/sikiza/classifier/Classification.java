package org.sikiza.classifier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sikiza.classifier.county.CountyMatch;

/**
 * What Sikiza decided about one message.
 *
 * @param labels one or two theme codes, primary first ({@code [SDG6]}, {@code [SDG10, SDG4]},
 *     {@code [OTHER]})
 * @param scores calibrated probability of every one of the 18 codes, in taxonomy order (sums to 1)
 * @param language ISO 639-3 code ({@code eng}, {@code swa}, ...), {@code mixed} for
 *     Swahili/English/Sheng code-mixing, or {@code und} when there is too little text
 * @param county the county the message speaks for, when it names one clearly
 * @param review true when the model is not confident enough and a person should check the labels
 * @param modelVersion version of the model that decided, for traceability of report counts
 */
public record Classification(
    List<String> labels,
    Map<String, Double> scores,
    String language,
    Optional<CountyMatch> county,
    boolean review,
    String modelVersion) {

  public Classification {
    labels = List.copyOf(labels);
    scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
  }
}
