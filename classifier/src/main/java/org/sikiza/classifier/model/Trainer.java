package org.sikiza.classifier.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.model.BaseModel;
import org.sikiza.classifier.corpus.Corpus;
import org.sikiza.classifier.corpus.LabelledText;
import org.sikiza.classifier.corpus.Split;
import org.sikiza.classifier.evaluation.EvaluationReport;
import org.sikiza.classifier.evaluation.Evaluator;
import org.sikiza.classifier.evaluation.ScoredPrediction;
import org.sikiza.classifier.text.TextNormaliser;
import org.sikiza.classifier.theme.ThemeTaxonomy;

/**
 * Trains the SDG model from the corpus: tries each candidate configuration on train, keeps the
 * one with the best dev macro-F1, fits temperature scaling and the decision policy on dev,
 * optionally refits on train+dev, and measures the result once on test.
 */
public final class Trainer {

  private static final String LANGUAGE = "mul";

  private final TextNormaliser normaliser;
  private final TrainerOptions options;

  public Trainer(TextNormaliser normaliser, TrainerOptions options) {
    this.normaliser = normaliser;
    this.options = options;
  }

  public TrainingResult train(Corpus corpus) {
    List<LabelledText> train = corpus.split(Split.TRAIN);
    List<LabelledText> dev = corpus.split(Split.DEV);
    List<LabelledText> test = corpus.split(Split.TEST);
    if (train.isEmpty() || dev.isEmpty()) {
      throw new IllegalArgumentException("corpus too small: train=" + train.size() + " dev=" + dev.size());
    }
    List<String[]> devTokens = tokens(dev);
    List<int[]> devGold = goldIndices(dev);

    List<CandidateScore> scores = new ArrayList<>();
    TrainingSettings best = null;
    SdgCategoriser bestModel = null;
    double bestKey = Double.NEGATIVE_INFINITY;
    for (TrainingSettings settings : options.candidates()) {
      SdgCategoriser model = fit(train, settings);
      List<double[]> raw = score(model, devTokens);
      double temperature = TemperatureScaling.fit(raw, devGold);
      DecisionPolicy argmaxOnly = new DecisionPolicy(temperature, 0, 0, Map.of());
      EvaluationReport report = Evaluator.evaluate(dev, predict(argmaxOnly, raw));
      double nll = TemperatureScaling.negativeLogLikelihood(raw, devGold, temperature);
      scores.add(new CandidateScore(settings.describe(), report.accuracy(), report.macroF1(), nll));
      // Macro-F1 first (every theme matters to a county report), accuracy breaks ties.
      double key = report.macroF1() * 1000 + report.accuracy();
      if (key > bestKey) {
        bestKey = key;
        best = settings;
        bestModel = model;
      }
    }
    scores.sort(Comparator.comparingDouble(CandidateScore::devMacroF1).reversed());

    List<double[]> devRaw = score(bestModel, devTokens);
    double temperature = TemperatureScaling.fit(devRaw, devGold);
    List<double[]> devCalibrated = devRaw.stream().map(s -> TemperatureScaling.apply(s, temperature)).toList();
    DecisionPolicy policy = new PolicyTuner(options.otherPrecisionTarget(), options.acceptedAccuracyTarget())
        .tune(temperature, devCalibrated, goldSets(dev));
    EvaluationReport devReport = Evaluator.evaluate(dev, predict(policy, devRaw));

    SdgCategoriser finalModel = bestModel;
    if (options.refitOnTrainAndDev()) {
      List<LabelledText> trainAndDev = new ArrayList<>(train);
      trainAndDev.addAll(dev);
      finalModel = fit(trainAndDev, best);
    }
    EvaluationReport testReport = test.isEmpty() ? null
        : Evaluator.evaluate(test, predict(policy, score(finalModel, tokens(test))));

    String fingerprint = corpus.fingerprint();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    sizes.put("train", train.size());
    sizes.put("dev", dev.size());
    sizes.put("test", test.size());
    ModelMetadata metadata = new ModelMetadata(
        modelVersion(fingerprint),
        fingerprint,
        FeatureResources.fingerprint(),
        sizes,
        ZonedDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        opennlpVersion(),
        best.algorithm(),
        best.asMap(),
        CategoriserFeatures.names(),
        options.refitOnTrainAndDev() ? "train+dev" : "train",
        policy,
        scores,
        MetricsSummary.of(devReport),
        testReport == null ? null : MetricsSummary.of(testReport));
    return new TrainingResult(new ModelArtifact(finalModel, metadata), devReport, testReport);
  }

  static String modelVersion(String fingerprint) {
    return "sdg-" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + fingerprint.substring(0, 8);
  }

  private static String opennlpVersion() {
    String version = BaseModel.class.getPackage().getImplementationVersion();
    return version == null ? "unknown" : version;
  }

  SdgCategoriser fit(List<LabelledText> examples, TrainingSettings settings) {
    List<DocumentSample> samples = new ArrayList<>();
    for (LabelledText example : examples) {
      String[] tokens = normaliser.normalise(example.text()).tokenArray();
      // A message with two gold labels is one training event per label, so both get probability mass.
      for (String label : example.labels()) {
        samples.add(new DocumentSample(label, tokens));
      }
    }
    List<DoccatModel> members = new ArrayList<>();
    try {
      for (FeatureGenerator[] view : CategoriserFeatures.views()) {
        members.add(DocumentCategorizerME.train(LANGUAGE, ObjectStreamUtils.createObjectStream(samples),
            settings.toParameters(options.threads()), new DoccatFactory(view)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SdgCategoriser(members);
  }

  private List<String[]> tokens(List<LabelledText> examples) {
    return examples.stream().map(e -> normaliser.normalise(e.text()).tokenArray()).toList();
  }

  private static List<double[]> score(SdgCategoriser model, List<String[]> tokens) {
    return tokens.stream().map(model::probabilities).toList();
  }

  static List<ScoredPrediction> predict(DecisionPolicy policy, List<double[]> rawScores) {
    List<ScoredPrediction> predictions = new ArrayList<>(rawScores.size());
    for (double[] raw : rawScores) {
      Decision decision = policy.decide(policy.calibrate(raw));
      predictions.add(new ScoredPrediction(decision.labels(), decision.confidence(), decision.review()));
    }
    return predictions;
  }

  private static List<int[]> goldIndices(List<LabelledText> examples) {
    return examples.stream()
        .map(e -> e.labels().stream().mapToInt(ThemeTaxonomy.CODES::indexOf).toArray())
        .toList();
  }

  private static List<Set<String>> goldSets(List<LabelledText> examples) {
    return examples.stream().map(e -> (Set<String>) new HashSet<>(e.labels())).toList();
  }
}
