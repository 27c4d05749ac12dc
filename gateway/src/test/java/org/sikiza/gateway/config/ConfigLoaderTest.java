package org.sikiza.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.config.ReplyTemplates.Kind;

class ConfigLoaderTest {

  @Test
  void defaultsComeFromTheConfigFolder() {
    SikizaConfig config = new ConfigLoader(Map.of()).load();
    assertEquals(8080, config.httpPort());
    assertEquals("postgresql://postgres@localhost:5432/sikiza", config.databaseUrl());
    assertEquals("http://localhost:8080", config.publicUrl());
    assertEquals(65536, config.bodyLimitBytes());
    assertEquals("swa", config.line("+254700100200").orElseThrow().language());
    assertTrue(config.replies().templates().text(Kind.ACKNOWLEDGE, "swa").startsWith("Asante"));
    assertTrue(config.replies().templates().text(Kind.ACKNOWLEDGE, "fra").startsWith("Thank you"));
  }

  @Test
  void environmentVariablesOverrideTheDefaults() {
    SikizaConfig config = new ConfigLoader(Map.of("SIKIZA_HTTP_PORT", "9090",
        "SIKIZA_DATABASE_URL", "postgresql://u@db:5433/x", "SIKIZA_PUBLIC_URL", "https://sikiza.example.org/",
        "SIKIZA_ADMIN_TOKEN", "t", "SIKIZA_ACK_REPLIES", "false")).load();
    assertEquals(9090, config.httpPort());
    assertEquals("postgresql://u@db:5433/x", config.databaseUrl());
    assertEquals("https://sikiza.example.org", config.publicUrl());
    assertEquals("t", config.adminTokenIfSet().orElseThrow());
    assertEquals(false, config.replies().acknowledge());
  }

  @Test
  void theDefaultPublicUrlFollowsThePort() {
    assertEquals("http://localhost:9999", new ConfigLoader(Map.of("SIKIZA_HTTP_PORT", "9999")).load().publicUrl());
  }

  @Test
  void serveNamesTheMissingSecret() {
    MissingSettingException noToken = assertThrows(MissingSettingException.class,
        () -> ConfigLoader.requireSecrets(new ConfigLoader(Map.of("SIKIZA_SECRET", "s")).load()));
    assertTrue(noToken.getMessage().startsWith("TWILIO_AUTH_TOKEN is not set"));
    MissingSettingException noSecret = assertThrows(MissingSettingException.class,
        () -> ConfigLoader.requireSecrets(new ConfigLoader(Map.of("TWILIO_AUTH_TOKEN", "t")).load()));
    assertTrue(noSecret.getMessage().startsWith("SIKIZA_SECRET is not set"));
  }

  @Test
  void aPortThatIsNotANumberIsNamed() {
    MissingSettingException error = assertThrows(MissingSettingException.class,
        () -> new ConfigLoader(Map.of("SIKIZA_HTTP_PORT", "eighty")).load());
    assertTrue(error.getMessage().contains("SIKIZA_HTTP_PORT"));
  }
}
