package org.sikiza.reporting.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The theme taxonomy a deployment reports on, read from {@code config/themes/themes.json} on the classpath (the
 * gateway jar packs {@code config/}). SDG themes are listed in SDG order; OTHER (not feedback) is kept apart.
 */
public final class ThemeCatalogue {

  public static final String OTHER = "OTHER";
  public static final String RESOURCE = "config/themes/themes.json";

  private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
  private static final String FALLBACK_COLOUR = "#5B6770";

  private final List<Theme> sdgThemes;
  private final Theme other;

  public ThemeCatalogue(List<Theme> themes) {
    List<Theme> sdg = new ArrayList<>();
    Theme otherTheme = new Theme(OTHER, "Other", "Mengineyo", "#9B9B9B");
    for (Theme theme : themes) {
      if (OTHER.equals(theme.code())) {
        otherTheme = theme;
      } else {
        sdg.add(theme);
      }
    }
    sdg.sort(Comparator.comparingInt(Theme::number));
    this.sdgThemes = List.copyOf(sdg);
    this.other = otherTheme;
  }

  public static ThemeCatalogue loadDefault() {
    try (InputStream in = ThemeCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static ThemeCatalogue parse(JsonNode root) {
    List<Theme> themes = new ArrayList<>();
    for (JsonNode node : root.path("themes")) {
      String code = node.path("code").asText();
      if (code.isBlank()) {
        continue;
      }
      String colour = node.path("colour").asText(FALLBACK_COLOUR);
      // The colour goes into SVG and CSS attributes: accept only a plain hex colour from configuration.
      themes.add(new Theme(code, node.path("name_en").asText(code), node.path("name_sw").asText(""),
          COLOUR.matcher(colour).matches() ? colour : FALLBACK_COLOUR));
    }
    return new ThemeCatalogue(themes);
  }

  /** SDG themes in SDG order, without OTHER. */
  public List<Theme> sdgThemes() {
    return sdgThemes;
  }

  public Theme other() {
    return other;
  }

  public Optional<Theme> find(String code) {
    if (other.code().equals(code)) {
      return Optional.of(other);
    }
    return sdgThemes.stream().filter(theme -> theme.code().equals(code)).findFirst();
  }
}
