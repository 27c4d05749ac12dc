package org.sikiza.classifier.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a message: an ISO 639-3 code ({@code eng}, {@code swa}, ...), {@value #MIXED}
 * for Swahili/English/Sheng code-mixing, or {@value #UNDETERMINED} when there is too little text.
 *
 * <p>Function words decide first ({@link FunctionWordLexicon}): they are reliable on the short,
 * code-mixed messages Sikiza receives, where OpenNLP's character model is unsure, and they cost a
 * few hash lookups instead of tens of microseconds. Only when the lexicon finds no evidence (another
 * language, or no function words at all) does OpenNLP's {@code langdetect-183} model from the
 * {@code opennlp-models-langdetect} artifact decide; it is loaded on first use and shared, with one
 * {@link LanguageDetectorME} per thread.
 */
public final class LanguageDetector {

  public static final String MIXED = "mixed";
  public static final String UNDETERMINED = "und";
  public static final String ENGLISH = "eng";
  public static final String SWAHILI = "swa";

  /** Resource name inside the opennlp-models-langdetect jar. */
  static final String OPENNLP_MODEL_RESOURCE = "langdetect-183.bin";
  /** Below this many letters the statistical model is guessing. */
  private static final int MIN_LETTERS_FOR_MODEL = 12;

  private final FunctionWordLexicon lexicon;
  private volatile LanguageDetectorModel openNlpModel;
  private final ThreadLocal<LanguageDetectorME> detectors =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(openNlpModel()));

  public LanguageDetector(FunctionWordLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public static LanguageDetector standard() {
    return new LanguageDetector(FunctionWordLexicon.standard());
  }

  /**
   * @param text the raw message (for the statistical fallback)
   * @param tokens the message's normalised tokens (for the lexicon)
   */
  public String detect(String text, List<String> tokens) {
    int english = lexicon.count(tokens, ENGLISH);
    int swahili = lexicon.count(tokens, SWAHILI);
    int sheng = lexicon.count(tokens, "sheng") + ShengVerbs.count(tokens);
    if (sheng >= 1 && swahili + sheng >= 2) {
      return MIXED;
    }
    if (swahili >= 1 && swahili >= english && EnglishShapedWords.count(text) >= 2) {
      return MIXED; // Swahili grammar carrying English content words: "Youth hatuitwi kwa meetings za budget"
    }
    if (english >= 1 && swahili >= 1) {
      int low = Math.min(english, swahili);
      int high = Math.max(english, swahili);
      if (low >= 2 || (double) low / high >= 0.34) {
        return MIXED;
      }
    }
    if (swahili > english) {
      return SWAHILI;
    }
    if (english > swahili) {
      return ENGLISH;
    }
    return statistical(text);
  }

  private String statistical(String text) {
    if (letters(text) < MIN_LETTERS_FOR_MODEL) {
      return UNDETERMINED;
    }
    Language best = detectors.get().predictLanguage(text);
    return best == null ? UNDETERMINED : best.getLang();
  }

  private static int letters(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  private LanguageDetectorModel openNlpModel() {
    LanguageDetectorModel model = openNlpModel;
    if (model == null) {
      synchronized (this) {
        model = openNlpModel;
        if (model == null) {
          model = loadOpenNlpModel();
          openNlpModel = model;
        }
      }
    }
    return model;
  }

  private static LanguageDetectorModel loadOpenNlpModel() {
    try (InputStream in = LanguageDetector.class.getClassLoader().getResourceAsStream(OPENNLP_MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP language model missing from classpath: " + OPENNLP_MODEL_RESOURCE
            + " (dependency org.apache.opennlp:opennlp-models-langdetect)");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
