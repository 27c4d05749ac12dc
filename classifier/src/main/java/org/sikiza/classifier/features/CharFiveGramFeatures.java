package org.sikiza.classifier.features;

/**
 * Character 5-grams of each word ({@code c5=_hosp}, {@code c5=lini_}). Used with the 4-grams in the character
 * view of the ensemble.
 */
public final class CharFiveGramFeatures extends PaddedCharNGrams {

  static final int N = 5;

  public CharFiveGramFeatures() {
    super("c5=", N);
  }
}
