package org.sikiza.classifier.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.sikiza.classifier.theme.ThemeTaxonomy;

/**
 * A trained OpenNLP document categoriser that scores normalised tokens against the 18 theme codes.
 *
 * <p>Thread-safe: the loaded {@link DoccatModel} (the large, read-only part) is shared, and each
 * thread gets its own {@link DocumentCategorizerME}, which OpenNLP does not promise to be
 * thread-safe.
 */
public final class SdgCategoriser {

  private static final List<String> CODES = ThemeTaxonomy.CODES;

  private final DoccatModel model;
  private final int[] outcomeOfCode;
  private final ThreadLocal<DocumentCategorizerME> categorisers;

  public SdgCategoriser(DoccatModel model) {
    this.model = model;
    this.categorisers = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    DocumentCategorizerME probe = new DocumentCategorizerME(model);
    this.outcomeOfCode = new int[CODES.size()];
    for (int c = 0; c < CODES.size(); c++) {
      outcomeOfCode[c] = probe.getIndex(CODES.get(c));
    }
    for (int o = 0; o < probe.getNumberOfCategories(); o++) {
      if (!CODES.contains(probe.getCategory(o))) {
        throw new IllegalArgumentException("model has an outcome that is not a theme code: " + probe.getCategory(o));
      }
    }
  }

  public static SdgCategoriser read(InputStream in) throws IOException {
    return new SdgCategoriser(new DoccatModel(in));
  }

  public void write(OutputStream out) throws IOException {
    model.serialize(out);
  }

  /**
   * Model probabilities in {@link ThemeTaxonomy#CODES} order (0 for a code the model was not
   * trained on, e.g. with a partial corpus).
   */
  public double[] probabilities(String[] tokens) {
    double[] outcomes = categorisers.get().categorize(tokens);
    double[] scores = new double[CODES.size()];
    for (int c = 0; c < scores.length; c++) {
      int outcome = outcomeOfCode[c];
      scores[c] = outcome < 0 ? 0 : outcomes[outcome];
    }
    return scores;
  }

  /** Codes the model can predict. */
  public List<String> knownCodes() {
    return CODES.stream().filter(code -> outcomeOfCode[CODES.indexOf(code)] >= 0).toList();
  }
}
