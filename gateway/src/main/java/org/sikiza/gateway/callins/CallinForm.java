package org.sikiza.gateway.callins;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sikiza.gateway.programmes.CountyInput;
import org.sikiza.gateway.programmes.JsonFields;
import org.sikiza.gateway.programmes.ParticipantAttributes;

/**
 * Validates one call-in, from the JSON API or a CSV row (same field names), naming every problem. Values that are
 * present but not among the configured ones are refused, not guessed: reports group by them.
 */
public final class CallinForm {

  public static final Set<String> FIELDS = Set.of("text", "county", "gender", "age_band", "disability", "language",
      "programme", "episode", "received_at");
  static final int MAX_TEXT = 10_000;

  private final CountyInput counties;
  private final ParticipantAttributes attributes;
  private final ZoneId zone;

  public CallinForm(CountyInput counties, ParticipantAttributes attributes, ZoneId zone) {
    this.counties = counties;
    this.attributes = attributes;
    this.zone = zone;
  }

  public CountyInput counties() {
    return counties;
  }

  public ParticipantAttributes attributes() {
    return attributes;
  }

  /** The call-in, or the list of what is wrong with it. */
  public sealed interface Parsed {
    record Valid(Callin callin) implements Parsed {}
    record Invalid(List<String> errors) implements Parsed {}
  }

  public Parsed parse(JsonObject json) {
    JsonFields fields = new JsonFields(json);
    String text = fields.requiredText("text", MAX_TEXT);
    String county = oneOf(fields, "county", counties::resolve, "a county name or code (1-" + counties.size() + ")");
    String gender = oneOf(fields, "gender", given -> ParticipantAttributes.match(attributes.genders(), given),
        String.join(", ", attributes.genders()));
    String ageBand = oneOf(fields, "age_band", given -> ParticipantAttributes.match(attributes.ageBands(), given),
        String.join(", ", attributes.ageBands()));
    String disability = oneOf(fields, "disability",
        given -> ParticipantAttributes.match(attributes.disabilities(), given), String.join(", ", attributes.disabilities()));
    String language = fields.optionalText("language", 8);
    if (language != null) {
      language = language.toLowerCase(Locale.ROOT);
      if (!language.matches("[a-z]{2,3}")) {
        fields.error("language must be an ISO 639 code such as eng or swa");
        language = null;
      }
    }
    String programme = fields.optionalReference("programme");
    Long episodeId = fields.optionalId("episode");
    OffsetDateTime receivedAt = fields.optionalTime("received_at", zone);
    if (receivedAt != null && receivedAt.isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5))) {
      fields.error("received_at must not be in the future");
    }
    if (!fields.errors().isEmpty()) {
      return new Parsed.Invalid(fields.errors());
    }
    return new Parsed.Valid(new Callin(text, county, gender, ageBand, disability, language, programme, episodeId,
        receivedAt));
  }

  private static String oneOf(JsonFields fields, String name, java.util.function.Function<String, Optional<String>> match,
      String allowed) {
    String given = fields.optionalText(name, 60);
    if (given == null) {
      return null;
    }
    Optional<String> value = match.apply(given);
    if (value.isEmpty()) {
      fields.error(name + " " + JsonFields.quote(given) + " is not one of: " + allowed);
    }
    return value.orElse(null);
  }
}
