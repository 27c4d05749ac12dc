package org.sikiza.classifier.corpus;

import java.util.List;
import java.util.Optional;

/**
 * One gold-labelled message: from the training corpus or from an evaluation file.
 *
 * @param labels gold label codes, primary first (e.g. {@code [SDG3, SDG6]})
 * @param language {@code eng}, {@code swa} or {@code sheng}; null when the source file has no
 *     language column
 * @param text the message as written
 * @param source where it came from ({@code sdg03.tsv:12}), for error messages
 */
public record LabelledText(List<String> labels, String language, String text, String source) {

  public LabelledText {
    labels = List.copyOf(labels);
    if (labels.isEmpty()) {
      throw new IllegalArgumentException(source + ": no label");
    }
  }

  public Optional<String> languageIfKnown() {
    return Optional.ofNullable(language);
  }

  public String primaryLabel() {
    return labels.get(0);
  }
}
