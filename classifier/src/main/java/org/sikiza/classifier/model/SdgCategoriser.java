package org.sikiza.classifier.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.sikiza.classifier.theme.ThemeTaxonomy;

/**
 * A trained ensemble of OpenNLP document categorisers, one per feature view of
 * {@link CategoriserFeatures#views()}, that scores normalised tokens against the 18 theme codes. The
 * members' probabilities are combined by their normalised geometric mean (the average of their
 * log-probabilities), which temperature scaling then calibrates.
 *
 * <p>On disk it is a zip with one entry per member ({@code member-0.bin}, ...), each an ordinary
 * OpenNLP {@link DoccatModel} file.
 *
 * <p>Thread-safe: the loaded {@link DoccatModel}s (the large, read-only part) are shared, and each
 * thread gets its own {@link DocumentCategorizerME}s, which OpenNLP does not promise to be
 * thread-safe.
 */
public final class SdgCategoriser {

  private static final List<String> CODES = ThemeTaxonomy.CODES;
  private static final String ENTRY_PREFIX = "member-";
  private static final double FLOOR = 1e-12;

  private final List<DoccatModel> models;
  private final int[][] outcomeOfCode;
  private final ThreadLocal<DocumentCategorizerME[]> categorisers;

  public SdgCategoriser(DoccatModel model) {
    this(List.of(model));
  }

  public SdgCategoriser(List<DoccatModel> models) {
    if (models.isEmpty()) {
      throw new IllegalArgumentException("no member models");
    }
    this.models = List.copyOf(models);
    this.categorisers = ThreadLocal.withInitial(() -> this.models.stream()
        .map(DocumentCategorizerME::new).toArray(DocumentCategorizerME[]::new));
    this.outcomeOfCode = new int[this.models.size()][CODES.size()];
    for (int m = 0; m < this.models.size(); m++) {
      DocumentCategorizerME probe = new DocumentCategorizerME(this.models.get(m));
      for (int c = 0; c < CODES.size(); c++) {
        outcomeOfCode[m][c] = probe.getIndex(CODES.get(c));
      }
      for (int o = 0; o < probe.getNumberOfCategories(); o++) {
        if (!CODES.contains(probe.getCategory(o))) {
          throw new IllegalArgumentException("model has an outcome that is not a theme code: " + probe.getCategory(o));
        }
      }
    }
  }

  public static SdgCategoriser read(InputStream in) throws IOException {
    List<DoccatModel> members = new ArrayList<>();
    ZipInputStream zip = new ZipInputStream(in);
    ZipEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      String name = entry.getName();
      if (!name.startsWith(ENTRY_PREFIX)) {
        throw new IOException("not a Sikiza ensemble model (entry " + name + "); retrain with: sikiza.jar train");
      }
      int index = Integer.parseInt(name.substring(ENTRY_PREFIX.length(), name.indexOf('.')));
      if (index != members.size()) {
        throw new IOException("ensemble members out of order: " + name);
      }
      members.add(new DoccatModel(new ByteArrayInputStream(zip.readAllBytes())));
    }
    return new SdgCategoriser(members);
  }

  public void write(OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    for (int m = 0; m < models.size(); m++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      models.get(m).serialize(bytes);
      zip.putNextEntry(new ZipEntry(ENTRY_PREFIX + m + ".bin"));
      bytes.writeTo(zip);
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
  }

  /** Number of member models. */
  public int size() {
    return models.size();
  }

  /**
   * Model probabilities in {@link ThemeTaxonomy#CODES} order (0 for a code the models were not
   * trained on, e.g. with a partial corpus).
   */
  public double[] probabilities(String[] tokens) {
    DocumentCategorizerME[] members = categorisers.get();
    double[] scores = new double[CODES.size()];
    if (members.length == 1) {
      double[] outcomes = members[0].categorize(tokens);
      for (int c = 0; c < scores.length; c++) {
        int outcome = outcomeOfCode[0][c];
        scores[c] = outcome < 0 ? 0 : outcomes[outcome];
      }
      return scores;
    }
    boolean[] unknown = new boolean[scores.length];
    for (int m = 0; m < members.length; m++) {
      double[] outcomes = members[m].categorize(tokens);
      for (int c = 0; c < scores.length; c++) {
        int outcome = outcomeOfCode[m][c];
        if (outcome < 0) {
          unknown[c] = true;
        } else {
          scores[c] += Math.log(Math.max(FLOOR, outcomes[outcome]));
        }
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < scores.length; c++) {
      if (!unknown[c]) {
        scores[c] /= members.length;
        max = Math.max(max, scores[c]);
      }
    }
    double sum = 0;
    for (int c = 0; c < scores.length; c++) {
      scores[c] = unknown[c] ? 0 : Math.exp(scores[c] - max);
      sum += scores[c];
    }
    for (int c = 0; c < scores.length; c++) {
      scores[c] /= sum;
    }
    return scores;
  }

  /** Codes the model can predict. */
  public List<String> knownCodes() {
    return CODES.stream().filter(code -> outcomeOfCode[0][CODES.indexOf(code)] >= 0).toList();
  }
}
