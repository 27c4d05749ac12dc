package org.sikiza.classifier.features;

/**
 * Character 4-grams of each word ({@code c=_hos}, {@code c=ini_}). They carry misspellings, Sheng spellings and
 * Swahili agglutination ({@code hospitalini}, {@code wanafunzi}) that whole-word features miss.
 *
 * <p>Only 4-grams: with 3- and 5-grams as well, spelling features outnumber the word and cue features about ten
 * to one and dev accuracy dropped.
 */
public final class CharNGramFeatures extends PaddedCharNGrams {

  static final int N = 4;

  public CharNGramFeatures() {
    super("c=", N);
  }
}
