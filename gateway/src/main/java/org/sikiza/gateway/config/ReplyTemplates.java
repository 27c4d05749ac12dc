package org.sikiza.gateway.config;

import java.util.Map;

/** Automatic SMS reply texts, per ISO 639-3 language, with English as the fallback. */
public record ReplyTemplates(Map<String, Map<String, String>> byLanguage) {

  public static final String FALLBACK_LANGUAGE = "eng";

  /** The reply kinds that the templates file must define for the fallback language. */
  public enum Kind {
    ACKNOWLEDGE("acknowledge"), OPTED_OUT("optedOut"), OPTED_IN("optedIn");

    final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  public String text(Kind kind, String language) {
    String text = byLanguage.getOrDefault(language, Map.of()).get(kind.key);
    return text != null ? text : byLanguage.get(FALLBACK_LANGUAGE).get(kind.key);
  }
}
