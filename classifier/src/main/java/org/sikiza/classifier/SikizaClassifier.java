package org.sikiza.classifier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sikiza.classifier.county.CountyMatch;
import org.sikiza.classifier.county.CountyResolver;
import org.sikiza.classifier.county.Gazetteer;
import org.sikiza.classifier.language.LanguageDetector;
import org.sikiza.classifier.model.Decision;
import org.sikiza.classifier.model.DecisionPolicy;
import org.sikiza.classifier.model.ModelArtifact;
import org.sikiza.classifier.model.ModelMetadata;
import org.sikiza.classifier.model.SdgCategoriser;
import org.sikiza.classifier.text.TextNormaliser;
import org.sikiza.classifier.theme.ThemeTaxonomy;

/**
 * The classifier as the gateway uses it: SDG themes, language and county for one message.
 *
 * <p>Thread-safe: create one instance at start-up ({@link #loadDefault()}) and share it between
 * worker threads. The model is loaded once; per-thread OpenNLP objects are created on first use in
 * each thread. Classification is CPU-bound (tens of microseconds), so call it from a worker thread,
 * never from an event loop.
 */
public final class SikizaClassifier {

  private static final List<String> CODES = ThemeTaxonomy.CODES;

  private final TextNormaliser normaliser;
  private final SdgCategoriser categoriser;
  private final DecisionPolicy policy;
  private final ModelMetadata metadata;
  private final ThemeTaxonomy taxonomy;
  private final LanguageDetector languageDetector;
  private final CountyResolver countyResolver;

  public SikizaClassifier(ModelArtifact model, ThemeTaxonomy taxonomy, Gazetteer gazetteer) {
    this.normaliser = TextNormaliser.standard();
    this.categoriser = model.categoriser();
    this.metadata = model.metadata();
    this.policy = model.metadata().policy();
    this.taxonomy = taxonomy;
    this.languageDetector = LanguageDetector.standard();
    this.countyResolver = new CountyResolver(gazetteer);
  }

  /**
   * Loads the committed model ({@code model/sdg-doccat.bin} and {@code .json}), the taxonomy
   * ({@code config/themes/themes.json}) and the gazetteer ({@code config/regions/}) from the
   * classpath.
   */
  public static SikizaClassifier loadDefault() {
    return new SikizaClassifier(ModelArtifact.fromClasspath(), ThemeTaxonomy.fromClasspath(), Gazetteer.fromClasspath());
  }

  public Classification classify(String text) {
    Objects.requireNonNull(text, "text");
    List<String> tokens = normaliser.tokens(text);
    Optional<CountyMatch> county = countyResolver.resolve(text);
    if (tokens.isEmpty()) {
      // Nothing to read (blank, only punctuation): noise, which is what OTHER is for.
      return new Classification(List.of(ThemeTaxonomy.OTHER), oneHot(ThemeTaxonomy.OTHER),
          LanguageDetector.UNDETERMINED, county, false, modelVersion());
    }
    double[] scores = policy.calibrate(categoriser.probabilities(tokens.toArray(String[]::new)));
    Decision decision = policy.decide(scores);
    return new Classification(decision.labels(), scoreMap(scores), languageDetector.detect(text, tokens), county,
        decision.review(), modelVersion());
  }

  public String modelVersion() {
    return metadata.modelVersion();
  }

  public ModelMetadata modelMetadata() {
    return metadata;
  }

  public ThemeTaxonomy taxonomy() {
    return taxonomy;
  }

  private static Map<String, Double> scoreMap(double[] scores) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < CODES.size(); i++) {
      map.put(CODES.get(i), scores[i]);
    }
    return map;
  }

  private static Map<String, Double> oneHot(String code) {
    Map<String, Double> map = new LinkedHashMap<>();
    CODES.forEach(c -> map.put(c, c.equals(code) ? 1.0 : 0.0));
    return map;
  }
}
