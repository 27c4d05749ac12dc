package org.sikiza.gateway.callins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.http.ApiException;

class CallinCsvTest {

  @Test
  void readsQuotedCellsAndNumbersRowsAsASpreadsheetDoes() {
    List<CallinCsv.Row> rows = CallinCsv.read("TEXT, County\n\"Hello, radio\",kisumu\n\n\"two\nlines\",\n");
    assertEquals(2, rows.size());
    assertEquals(2, rows.get(0).number());
    assertEquals("Hello, radio", rows.get(0).fields().getString("text"));
    assertEquals("kisumu", rows.get(0).fields().getString("county"));
    assertEquals(3, rows.get(1).number(), "blank lines are not rows");
    assertEquals("two\nlines", rows.get(1).fields().getString("text"));
    assertNull(rows.get(1).fields().getValue("county"), "an empty cell is no value");
  }

  @Test
  void refusesAHeaderItCannotTrust() {
    assertThrows(ApiException.class, () -> CallinCsv.read("text,colour\nx,red\n"));
    assertThrows(ApiException.class, () -> CallinCsv.read("county\nkisumu\n"));
    assertThrows(ApiException.class, () -> CallinCsv.read("text,Text\nx,y\n"));
    assertThrows(ApiException.class, () -> CallinCsv.read("text,,county\nx,y,z\n"));
    assertThrows(ApiException.class, () -> CallinCsv.read("\uFEFF  \n"));
  }

  @Test
  void reportsARowWithTheWrongNumberOfCells() {
    List<CallinCsv.Row> rows = CallinCsv.read("text,county\nonly text\nx,kisumu,extra\n");
    assertTrue(rows.get(0).error().contains("1 cells"));
    assertTrue(rows.get(1).error().contains("3 cells"));
  }
}
