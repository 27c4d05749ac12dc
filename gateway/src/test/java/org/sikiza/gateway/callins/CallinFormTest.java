package org.sikiza.gateway.callins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.config.ConfigLoader;
import org.sikiza.gateway.config.SikizaConfig;

class CallinFormTest {

  private static final SikizaConfig CONFIG = new ConfigLoader(Map.of()).load();
  private static final CallinForm FORM = new CallinForm(CONFIG.radio().counties(), CONFIG.radio().attributes(),
      CONFIG.timeZone());

  @Test
  void acceptsTheConfiguredValuesInAnyCase() {
    CallinForm.Parsed parsed = FORM.parse(new JsonObject().put("text", " Maji ").put("county", "43")
        .put("gender", "FEMALE").put("age_band", "18 24").put("disability", "No").put("language", "SWA")
        .put("programme", 7).put("episode", "12").put("received_at", "2026-11-20T18:30:00"));
    Callin callin = assertInstanceOf(CallinForm.Parsed.Valid.class, parsed).callin();
    assertEquals("Maji", callin.text());
    assertEquals("homa bay", callin.county());
    assertEquals("female", callin.gender());
    assertEquals("18-24", callin.ageBand());
    assertEquals("no", callin.disability());
    assertEquals("swa", callin.language());
    assertEquals("7", callin.programme());
    assertEquals(12L, callin.episodeId());
    assertEquals(java.time.Instant.parse("2026-11-20T15:30:00Z"), callin.receivedAt().toInstant(), "Nairobi time");
  }

  @Test
  void namesEveryProblem() {
    CallinForm.Parsed parsed = FORM.parse(new JsonObject().put("gender", 5).put("programme", -1)
        .put("age_band", "0712345678"));
    var errors = assertInstanceOf(CallinForm.Parsed.Invalid.class, parsed).errors();
    assertEquals(4, errors.size(), errors.toString());
    assertTrue(errors.contains("text is required"));
    assertTrue(errors.contains("gender must be a string"));
    assertTrue(errors.stream().noneMatch(error -> error.contains("712345678")), "numbers are not echoed: " + errors);
  }
}
