package org.sikiza.classifier.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ThemeTaxonomyTest {

  @Test
  void loadsAllEighteenThemesWithOfficialColours() {
    ThemeTaxonomy taxonomy = ThemeTaxonomy.fromClasspath();
    assertEquals(ThemeTaxonomy.CODES, taxonomy.themes().stream().map(Theme::code).toList());
    assertEquals("#E5243B", taxonomy.theme("SDG1").orElseThrow().colour());
    assertEquals("#DD1367", taxonomy.theme("SDG10").orElseThrow().colour());
    assertEquals("#00689D", taxonomy.theme("SDG16").orElseThrow().colour());
    assertEquals("Maji safi na usafi wa mazingira", taxonomy.theme("SDG6").orElseThrow().nameSw());
    taxonomy.themes().forEach(theme -> assertFalse(theme.description().isBlank(), theme.code()));
  }

  @Test
  void rejectsATaxonomyThatDoesNotMatchTheModelLabels() {
    String json = "{\"themes\": [{\"code\": \"SDG1\", \"name_en\": \"a\", \"name_sw\": \"b\", \"colour\": \"#000000\", "
        + "\"description\": \"d\"}]}";
    assertThrows(IllegalArgumentException.class,
        () -> ThemeTaxonomy.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test"));
  }
}
