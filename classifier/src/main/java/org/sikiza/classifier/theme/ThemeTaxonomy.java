package org.sikiza.classifier.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SDG theme taxonomy (SDG1..SDG17 + OTHER) loaded from {@code config/themes/themes.json}.
 *
 * <p>The codes are fixed because they are the model's labels; everything else (names, colours,
 * descriptions, sub-themes) is deployment data, so a coalition can rename or add sub-themes by
 * editing the JSON file.
 */
public final class ThemeTaxonomy {

  /** Where the gateway jar (and the classifier's tests) carry the repository's config folder. */
  public static final String CLASSPATH_LOCATION = "config/themes/themes.json";

  /** The 18 label codes in canonical order. */
  public static final List<String> CODES = List.of(
      "SDG1", "SDG2", "SDG3", "SDG4", "SDG5", "SDG6", "SDG7", "SDG8", "SDG9", "SDG10",
      "SDG11", "SDG12", "SDG13", "SDG14", "SDG15", "SDG16", "SDG17", "OTHER");

  public static final String OTHER = "OTHER";

  private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

  private final Map<String, Theme> themesByCode;

  private ThemeTaxonomy(Map<String, Theme> themesByCode) {
    this.themesByCode = themesByCode;
  }

  /** Loads the taxonomy from the classpath ({@value #CLASSPATH_LOCATION}). */
  public static ThemeTaxonomy fromClasspath() {
    try (InputStream in = ThemeTaxonomy.class.getClassLoader().getResourceAsStream(CLASSPATH_LOCATION)) {
      if (in == null) {
        throw new IllegalStateException("theme taxonomy not on the classpath: " + CLASSPATH_LOCATION);
      }
      return parse(in, CLASSPATH_LOCATION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the taxonomy from a file, e.g. a deployment's own copy of themes.json. */
  public static ThemeTaxonomy fromFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ThemeTaxonomy parse(InputStream in, String source) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    Map<String, Theme> themes = new LinkedHashMap<>();
    for (JsonNode node : root.path("themes")) {
      Theme theme = new Theme(
          required(node, "code", source),
          required(node, "name_en", source),
          required(node, "name_sw", source),
          required(node, "colour", source),
          required(node, "description", source),
          subthemes(node.path("subthemes")));
      if (!HEX_COLOUR.matcher(theme.colour()).matches()) {
        throw new IllegalArgumentException(source + ": colour of " + theme.code() + " is not #RRGGBB");
      }
      if (themes.put(theme.code(), theme) != null) {
        throw new IllegalArgumentException(source + ": duplicate theme code " + theme.code());
      }
    }
    // A taxonomy that disagrees with the model's label set would silently drop or invent labels.
    if (!themes.keySet().equals(new java.util.HashSet<>(CODES))) {
      throw new IllegalArgumentException(source + ": theme codes must be exactly " + CODES + " but are " + themes.keySet());
    }
    Map<String, Theme> ordered = new LinkedHashMap<>();
    CODES.forEach(code -> ordered.put(code, themes.get(code)));
    return new ThemeTaxonomy(ordered);
  }

  private static String required(JsonNode node, String field, String source) {
    String value = node.path(field).asText("").strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException(source + ": theme field '" + field + "' missing in " + node);
    }
    return value;
  }

  private static List<String> subthemes(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(item -> result.add(item.asText()));
    return result;
  }

  /** All themes in canonical order (SDG1..SDG17, OTHER). */
  public List<Theme> themes() {
    return List.copyOf(themesByCode.values());
  }

  public Optional<Theme> theme(String code) {
    return Optional.ofNullable(themesByCode.get(code));
  }
}
