package org.sikiza.gateway.programmes;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The counties a deployment knows, by name, alias and keypad code ({@code config/voice/county-codes.json}):
 * turns what a host typed or a caller keyed in into the county key reports use ({@code "homa bay"}).
 */
public final class CountyInput {

  private final Map<Integer, String> byCode;
  private final Map<String, String> bySpelling;

  private CountyInput(Map<Integer, String> byCode, Map<String, String> bySpelling) {
    this.byCode = Map.copyOf(byCode);
    this.bySpelling = Map.copyOf(bySpelling);
  }

  /** Reads {@code {"counties": [{"code": 1, "name": "mombasa", "aliases": ["msa"]}, …]}}. */
  public static CountyInput from(JsonNode file) {
    Map<Integer, String> byCode = new LinkedHashMap<>();
    Map<String, String> bySpelling = new HashMap<>();
    for (JsonNode county : file.path("counties")) {
      String name = county.path("name").asText();
      int code = county.path("code").asInt();
      if (name.isBlank() || code <= 0 || byCode.put(code, name) != null) {
        throw new IllegalStateException("county-codes.json: each county needs a unique code above 0 and a name");
      }
      bySpelling.put(spelling(name), name);
      for (JsonNode alias : county.path("aliases")) {
        bySpelling.putIfAbsent(spelling(alias.asText()), name);
      }
    }
    if (byCode.isEmpty()) {
      throw new IllegalStateException("county-codes.json lists no counties");
    }
    return new CountyInput(byCode, bySpelling);
  }

  /** The county a keypad code stands for. */
  public Optional<String> byCode(int code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The county a name, alias or code means, ignoring case, hyphens, apostrophes and a trailing "county". */
  public Optional<String> resolve(String text) {
    if (text == null || text.isBlank() || text.length() > 60) {
      return Optional.empty();
    }
    String key = spelling(text);
    if (key.matches("\\d{1,3}")) {
      return byCode(Integer.parseInt(key));
    }
    String county = bySpelling.get(key);
    if (county == null && key.endsWith(" county")) {
      county = bySpelling.get(key.substring(0, key.length() - " county".length()));
    }
    return Optional.ofNullable(county);
  }

  /** The keypad code of a county key; 0 when it has none. */
  public int codeOf(String county) {
    return byCode.entrySet().stream().filter(e -> e.getValue().equals(county)).mapToInt(Map.Entry::getKey)
        .findFirst().orElse(0);
  }

  /** Every county key, in code order. */
  public List<String> names() {
    return new ArrayList<>(byCode.values());
  }

  public int size() {
    return byCode.size();
  }

  private static String spelling(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return plain.replaceAll("['’`]", "").replaceAll("[-_.,\\s]+", " ").strip();
  }
}
