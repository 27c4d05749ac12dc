package org.sikiza.reporting.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The counties a deployment reports on, read from the region gazetteer {@code config/regions/kenya-admin-areas.csv}
 * (first column). Looks a county up by its code, URL slug or display name, ignoring case.
 */
public final class CountyDirectory {

  public static final String RESOURCE = "config/regions/kenya-admin-areas.csv";

  private final List<County> counties;

  public CountyDirectory(List<County> counties) {
    this.counties = List.copyOf(counties);
  }

  public static CountyDirectory loadDefault() {
    try (InputStream in = CountyDirectory.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static CountyDirectory parse(InputStream in) throws IOException {
    TreeSet<String> codes = new TreeSet<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null) {
      return new CountyDirectory(List.of());
    }
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int comma = line.indexOf(',');
      String code = (comma < 0 ? line : line.substring(0, comma)).trim().toLowerCase(Locale.ROOT);
      if (!code.isEmpty()) {
        codes.add(code);
      }
    }
    List<County> counties = new ArrayList<>();
    codes.forEach(code -> counties.add(County.of(code)));
    return new CountyDirectory(counties);
  }

  /** All counties, in alphabetical order. */
  public List<County> all() {
    return counties;
  }

  /** The county named by a URL path segment, a code or a display name; empty when it is not a known county. */
  public Optional<County> find(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String wanted = raw.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    return counties.stream().filter(county -> county.code().equals(wanted)).findFirst();
  }
}
