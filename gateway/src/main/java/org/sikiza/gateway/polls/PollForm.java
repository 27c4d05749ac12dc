package org.sikiza.gateway.polls;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sikiza.gateway.programmes.JsonFields;

/**
 * A poll as an admin describes it: a question, 2 to 9 options in keypad order (each optionally with the number
 * a missed call to which is a vote for it), and the window it is open in.
 *
 * @param programme id or slug of the programme whose callers are asked it on the keypad, or null
 */
public record PollForm(String slug, String question, String programme, Long episodeId, OffsetDateTime opensAt,
    OffsetDateTime closesAt, List<PollOption> options) {

  static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  static final Pattern NUMBER = Pattern.compile("\\+[1-9]\\d{6,14}|\\d{3,8}");

  public static PollForm parse(JsonObject json, ZoneId zone) {
    JsonFields fields = new JsonFields(json);
    String slug = fields.requiredText("slug", 63);
    if (slug != null && !SLUG.matcher(slug).matches()) {
      fields.error("slug must be lower-case letters, digits and hyphens, starting with a letter or digit");
    }
    String question = fields.requiredText("question", 300);
    String programme = fields.optionalReference("programme");
    Long episodeId = fields.optionalId("episode");
    OffsetDateTime opensAt = fields.requiredTime("opens_at", zone);
    OffsetDateTime closesAt = fields.requiredTime("closes_at", zone);
    if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
      fields.error("closes_at must be after opens_at");
    }
    List<PollOption> options = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    JsonArray given = fields.array("options");
    if (given.size() < 2 || given.size() > 9) {
      fields.error("options must list 2 to 9 answers");
    } else {
      for (int i = 0; i < given.size(); i++) {
        if (!(given.getValue(i) instanceof JsonObject option)) {
          fields.error("options[" + i + "] must be an object with a label");
          continue;
        }
        JsonFields optionFields = new JsonFields(option);
        String label = optionFields.requiredText("label", 80);
        String number = optionFields.optionalText("number", 20);
        if (number != null && !NUMBER.matcher(number).matches()) {
          optionFields.error("number must be an E.164 number or a short code");
        } else if (number != null && !numbers.add(number)) {
          optionFields.error("number " + number + " stands for another option too");
        }
        for (String error : optionFields.errors()) {
          fields.error("options[" + (i + 1) + "]: " + error);
        }
        options.add(new PollOption(i + 1, label, number));
      }
    }
    fields.throwIfInvalid("invalid poll");
    return new PollForm(slug, question, programme, episodeId, opensAt, closesAt, options);
  }
}
