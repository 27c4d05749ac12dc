package org.sikiza.gateway.programmes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a host may record about a caller on air, and the values each field takes
 * ({@code config/voice/callin-fields.json}): reports group by these values, so free text is refused.
 */
public record ParticipantAttributes(List<String> genders, List<String> ageBands, List<String> disabilities) {

  /** The values the database accepts for {@code messages.disability}. */
  public static final List<String> DISABILITY_VALUES = List.of("yes", "no", "unknown");

  public ParticipantAttributes {
    genders = List.copyOf(genders);
    ageBands = List.copyOf(ageBands);
    disabilities = List.copyOf(disabilities);
  }

  public static ParticipantAttributes from(JsonNode file) {
    List<String> disabilities = values(file, "disability");
    if (!DISABILITY_VALUES.containsAll(disabilities) || disabilities.isEmpty()) {
      throw new IllegalStateException("callin-fields.json: disability values must be among " + DISABILITY_VALUES);
    }
    return new ParticipantAttributes(values(file, "gender"), values(file, "age_band"), disabilities);
  }

  /** The configured value a given one stands for, ignoring case and surrounding space. */
  public static Optional<String> match(List<String> allowed, String given) {
    if (given == null) {
      return Optional.empty();
    }
    String wanted = given.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    return allowed.stream().filter(value -> value.equalsIgnoreCase(wanted)).findFirst();
  }

  private static List<String> values(JsonNode file, String field) {
    List<String> values = new ArrayList<>();
    file.path(field).forEach(value -> values.add(value.asText().toLowerCase(Locale.ROOT)));
    if (values.isEmpty()) {
      throw new IllegalStateException("callin-fields.json: " + field + " lists no values");
    }
    return values;
  }
}
