package org.sikiza.classifier.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledTextReaderTest {

  private static List<LabelledText> read(String content) throws IOException {
    return LabelledTextReader.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "x.tsv");
  }

  @Test
  void readsCorpusAndEvaluationForms() throws IOException {
    List<LabelledText> examples = read("# comment\nSDG3,SDG6\tswa\tMaji machafu\n\nOTHER\tok\n");
    assertEquals(2, examples.size());
    assertEquals(List.of("SDG3", "SDG6"), examples.get(0).labels());
    assertEquals("swa", examples.get(0).language());
    assertEquals("Maji machafu", examples.get(0).text());
    assertNull(examples.get(1).language());
  }

  @Test
  void rejectsUnknownLabelsWithTheLineNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read("SDG3\teng\tok\nSDG18\teng\tbad\n"));
    assertTrue(e.getMessage().contains("x.tsv:2"), e.getMessage());
  }

  @Test
  void rejectsUnknownLanguages() {
    assertThrows(IllegalArgumentException.class, () -> read("SDG3\tsw\tmaji\n"));
  }
}
