package org.sikiza.gateway.classify;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sikiza.classifier.Classification;
import org.sikiza.classifier.SikizaClassifier;
import org.sikiza.classifier.county.CountyMatch;

/**
 * Runs the classifier over a claimed batch (on a worker thread: model work never runs on the event loop) and
 * decides each message's themes, language, county and local day.
 */
public final class BatchClassifier {

  private final SikizaClassifier classifier;
  private final Function<String, Optional<String>> lineCounty;
  private final ZoneId zone;

  public BatchClassifier(SikizaClassifier classifier, Function<String, Optional<String>> lineCounty, ZoneId zone) {
    this.classifier = classifier;
    this.lineCounty = lineCounty;
    this.zone = zone;
  }

  public String modelVersion() {
    return classifier.modelVersion();
  }

  /** @param claimed messages in the order they were received */
  public List<ClassifiedMessage> classify(List<ClaimedMessage> claimed) {
    CountyAttribution counties = new CountyAttribution(lineCounty);
    List<ClassifiedMessage> classified = new ArrayList<>(claimed.size());
    for (ClaimedMessage message : claimed) {
      Classification decision = classifier.classify(message.body());
      Map<String, Double> labels = new LinkedHashMap<>();
      for (String theme : decision.labels()) {
        labels.put(theme, decision.scores().getOrDefault(theme, 0.0));
      }
      Optional<CountyAttribution.Attributed> county =
          counties.attribute(message, decision.county().map(CountyMatch::county));
      classified.add(new ClassifiedMessage(message, labels, decision.language(),
          county.map(CountyAttribution.Attributed::county).orElse(null),
          county.map(CountyAttribution.Attributed::source).orElse(null),
          decision.review(), decision.modelVersion(), message.receivedAt().atZoneSameInstant(zone).toLocalDate()));
    }
    return classified;
  }
}
