package org.sikiza.gateway.voice;

import java.util.Map;

/**
 * The SMS a caller may get after the call, per language, with per-line texts (each station names its own county
 * dialogue): {@code config/templates/outbound-confirmations.json}.
 */
public record ConfirmationTexts(Map<String, String> byLanguage, Map<String, Map<String, String>> byLine) {

  public ConfirmationTexts {
    byLanguage = Map.copyOf(byLanguage);
    byLine = Map.copyOf(byLine);
  }

  public String text(String line, String language) {
    String own = byLine.getOrDefault(line, Map.of()).get(language);
    if (own != null) {
      return own;
    }
    return byLanguage.getOrDefault(language, byLanguage.get(VoicePrompts.FALLBACK_LANGUAGE));
  }
}
