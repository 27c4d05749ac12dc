package org.sikiza.reporting.render;

import org.sikiza.reporting.ReportLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The words of the reports in each {@link ReportLanguage}, from {@code i18n/report_<lang>.properties} (UTF-8).
 * A key missing in Swahili falls back to English, so a new label never shows as a bare key.
 */
public final class ReportText {

  private static final Map<ReportLanguage, Map<String, String>> TEXTS = load();

  private ReportText() {
  }

  /** All texts of a language, for templates ({@code {{ t.title }}}). */
  public static Map<String, String> of(ReportLanguage language) {
    return TEXTS.get(language);
  }

  public static String get(ReportLanguage language, String key) {
    String text = TEXTS.get(language).get(key);
    return text == null ? key : text;
  }

  /** A label for a stored value, e.g. {@code language.swa}; the value itself when there is none. */
  public static String label(ReportLanguage language, String dimension, String value) {
    if (value.isEmpty()) {
      return get(language, "not_recorded");
    }
    String text = TEXTS.get(language).get(dimension + "." + value);
    return text == null ? value : text;
  }

  private static Map<ReportLanguage, Map<String, String>> load() {
    Map<String, String> english = read(ReportLanguage.EN);
    Map<ReportLanguage, Map<String, String>> texts = new EnumMap<>(ReportLanguage.class);
    for (ReportLanguage language : ReportLanguage.values()) {
      Map<String, String> merged = new HashMap<>(english);
      merged.putAll(read(language));
      texts.put(language, Map.copyOf(merged));
    }
    return texts;
  }

  static Map<String, String> read(ReportLanguage language) {
    String resource = "/org/sikiza/reporting/i18n/report_" + language.tag() + ".properties";
    try (InputStream in = ReportText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new HashMap<>();
      properties.forEach((key, value) -> texts.put((String) key, (String) value));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
