package org.sikiza.gateway.programmes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/** Builds {@link RadioSettings} from the config files, read through the config loader (so SIKIZA_CONFIG_DIR applies). */
public final class RadioSettingsReader {

  private final Function<String, JsonNode> readConfig;

  /** @param readConfig reads a file under {@code config/} by its relative name */
  public RadioSettingsReader(Function<String, JsonNode> readConfig) {
    this.readConfig = readConfig;
  }

  public RadioSettings read() {
    return new RadioSettings(
        CountyInput.from(readConfig.apply("voice/county-codes.json")),
        ParticipantAttributes.from(readConfig.apply("voice/callin-fields.json")),
        readConfig.apply("programmes/programmes.json"));
  }
}
