package org.sikiza.gateway.programmes;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A programme as an admin (or the seed file) describes it, validated: names required, counties known, numbers
 * in E.164 or short-code form. The slug defaults to one made from the name.
 */
public record ProgrammeForm(String slug, String name, String station, List<String> counties, List<String> numbers) {

  static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  /** E.164, or a short code of 3 to 8 digits. */
  static final Pattern NUMBER = Pattern.compile("\\+[1-9]\\d{6,14}|\\d{3,8}");

  public static ProgrammeForm parse(JsonObject json, CountyInput directory) {
    JsonFields fields = new JsonFields(json);
    String name = fields.requiredText("name", 120);
    String station = fields.requiredText("station", 120);
    String slug = fields.optionalText("slug", 63);
    if (slug == null && name != null) {
      slug = slugOf(name);
    }
    if (slug != null && !SLUG.matcher(slug).matches()) {
      fields.error("slug must be lower-case letters, digits and hyphens (at most 63), starting with a letter or digit");
    }
    List<String> counties = new ArrayList<>();
    for (String county : fields.textList("counties", 60, 60)) {
      directory.resolve(county).ifPresentOrElse(counties::add,
          () -> fields.error("counties: " + JsonFields.quote(county) + " is not a county"));
    }
    List<String> numbers = fields.textList("numbers", 20, 20);
    for (String number : numbers) {
      if (!NUMBER.matcher(number).matches()) {
        fields.error("numbers: '" + number + "' is neither an E.164 number (+254…) nor a short code");
      }
    }
    fields.throwIfInvalid("invalid programme");
    return new ProgrammeForm(slug, name, station, List.copyOf(new LinkedHashSet<>(counties)),
        List.copyOf(new LinkedHashSet<>(numbers)));
  }

  static String slugOf(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.length() > 63 ? slug.substring(0, 63).replaceAll("-+$", "") : slug;
  }
}
