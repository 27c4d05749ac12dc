package org.sikiza.classifier.county;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The names {@link CountyResolver} looks for: Kenya's counties, constituencies and wards from
 * {@code kenya-admin-areas.csv}, aliases and towns from {@code kenya-aliases.csv}, and the
 * stop-list {@code kenya-place-stopwords.txt}, all under {@code config/regions/}.
 *
 * <p>When a name is both a strong and a weak kind (Malindi: town and constituency), the strongest
 * kind decides which counties it means; names of the same kind in several counties are ambiguous.
 */
public final class Gazetteer {

  public static final String CLASSPATH_DIRECTORY = "config/regions/";
  static final String ADMIN_AREAS = "kenya-admin-areas.csv";
  static final String ALIASES = "kenya-aliases.csv";
  static final String STOPWORDS = "kenya-place-stopwords.txt";

  private static final Pattern TRAILING_ORDINAL = Pattern.compile(" (i|ii|iii|iv|v|a|b|c)$");
  private static final Pattern TRAILING_DIRECTION = Pattern.compile(" (north|south|east|west|central|rural|town)$");

  private final Map<String, Place> placesByKey;
  private final Set<String> counties;
  private final Set<String> firstWordsOfLongNames;
  private final int longestName;

  private Gazetteer(Map<String, Place> placesByKey, Set<String> counties) {
    this.placesByKey = Map.copyOf(placesByKey);
    this.counties = Set.copyOf(counties);
    this.longestName = placesByKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    Set<String> firstWords = new HashSet<>();
    placesByKey.keySet().stream().filter(k -> k.contains(" ")).forEach(k -> firstWords.add(k.substring(0, k.indexOf(' '))));
    this.firstWordsOfLongNames = Set.copyOf(firstWords);
  }

  public static Gazetteer fromClasspath() {
    ClassLoader loader = Gazetteer.class.getClassLoader();
    try (InputStream admin = open(loader, ADMIN_AREAS);
         InputStream aliases = open(loader, ALIASES);
         InputStream stopwords = open(loader, STOPWORDS)) {
      return read(admin, aliases, stopwords);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the three files from a deployment's own regions directory. */
  public static Gazetteer fromDirectory(Path directory) {
    try (InputStream admin = Files.newInputStream(directory.resolve(ADMIN_AREAS));
         InputStream aliases = Files.newInputStream(directory.resolve(ALIASES));
         InputStream stopwords = Files.newInputStream(directory.resolve(STOPWORDS))) {
      return read(admin, aliases, stopwords);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(ClassLoader loader, String file) {
    InputStream in = loader.getResourceAsStream(CLASSPATH_DIRECTORY + file);
    if (in == null) {
      throw new IllegalStateException("gazetteer file missing from classpath: " + CLASSPATH_DIRECTORY + file);
    }
    return in;
  }

  static Gazetteer read(InputStream adminAreas, InputStream aliases, InputStream stopwords) throws IOException {
    Builder builder = new Builder();
    for (String[] row : csvRows(adminAreas, 3)) {
      builder.adminArea(row[0], row[1], row[2]);
    }
    for (String[] row : csvRows(aliases, 3)) {
      builder.alias(row[0], row[1], row[2]);
    }
    for (String line : lines(stopwords)) {
      builder.stopword(line);
    }
    return builder.build();
  }

  private static List<String> lines(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        lines.add(trimmed);
      }
    }
    return lines;
  }

  /** Rows after the header; the files have no quoted fields. */
  private static List<String[]> csvRows(InputStream in, int columns) throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = lines(in);
    for (int i = 1; i < lines.size(); i++) {
      String[] row = lines.get(i).split(",", -1);
      if (row.length != columns) {
        throw new IllegalArgumentException("expected " + columns + " columns: " + lines.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  Place place(String key) {
    return placesByKey.get(key);
  }

  /** Whether some name of two or more words starts with {@code word} (saves building long keys). */
  boolean startsLongName(String word) {
    return firstWordsOfLongNames.contains(word);
  }

  int longestName() {
    return longestName;
  }

  boolean isCounty(String name) {
    return counties.contains(name);
  }

  /** County names as written in kenya-admin-areas.csv (lower case), sorted. */
  public Set<String> counties() {
    return new TreeSet<>(counties);
  }

  /**
   * Names a one-letter misspelling may be corrected to: county names only. Towns are left out
   * because too many Swahili words are one letter away from one (mahindi/Malindi, magari/Magadi).
   */
  List<Place> fuzzyTargets() {
    return placesByKey.values().stream()
        .filter(p -> p.kind() == PlaceKind.COUNTY && !p.ambiguous() && !p.everyday())
        .filter(p -> p.key().length() >= 6 && !p.key().contains(" "))
        .toList();
  }

  private static final class Builder {
    private final Map<String, PlaceKind> kinds = new HashMap<>();
    private final Map<String, Set<String>> countiesByKey = new HashMap<>();
    private final Set<String> everyday = new HashSet<>();
    private final Set<String> counties = new HashSet<>();

    void adminArea(String county, String constituency, String ward) {
      county = county.strip();
      counties.add(county);
      add(county, PlaceKind.COUNTY, county);
      constituency = constituency.strip();
      for (String name : variants(constituency)) {
        add(name, PlaceKind.CONSTITUENCY, county);
      }
      ward = ward.strip();
      if (!ward.isEmpty()) {
        for (String name : variants(wardName(ward, constituency, county))) {
          add(name, PlaceKind.WARD, county);
        }
        add(ward, PlaceKind.WARD, county);
      }
    }

    /** The source keeps ward names unique with a suffix (township kanduyi, huruma mathare): drop it. */
    private static String wardName(String ward, String constituency, String county) {
      String name = ward;
      for (String suffix : List.of(" " + constituency, " " + county, " ward")) {
        if (name.endsWith(suffix) && name.length() > suffix.length()) {
          name = name.substring(0, name.length() - suffix.length());
        }
      }
      return TRAILING_ORDINAL.matcher(name).replaceAll("");
    }

    /**
     * "saimo/kipsaraman" is known as saimo, kipsaraman and saimo kipsaraman; "kuresoi north" also
     * as kuresoi.
     */
    private static List<String> variants(String name) {
      List<String> variants = new ArrayList<>();
      variants.add(name);
      String withoutDirection = TRAILING_DIRECTION.matcher(name).replaceAll("");
      if (!withoutDirection.equals(name) && withoutDirection.length() >= 4) {
        variants.add(withoutDirection);
      }
      if (name.contains("/")) {
        for (String part : name.split("/")) {
          if (part.strip().length() >= 4) {
            variants.add(part.strip());
          }
        }
      }
      return variants;
    }

    void alias(String alias, String county, String kind) {
      county = county.strip();
      if (!counties.contains(county)) {
        throw new IllegalArgumentException("alias " + alias + " names unknown county " + county);
      }
      add(alias, kind.strip().equals("spelling") ? PlaceKind.COUNTY : PlaceKind.TOWN, county);
    }

    void stopword(String name) {
      everyday.add(PlaceText.key(name));
    }

    private void add(String name, PlaceKind kind, String county) {
      String key = PlaceText.key(name);
      if (key.isEmpty()) {
        return;
      }
      put(key, kind, county);
      if (key.contains(" ") && kind != PlaceKind.WARD) {
        put(key.replace(" ", ""), kind, county); // Homabay, Uasingishu, Olkalou
      }
    }

    private void put(String key, PlaceKind kind, String county) {
      PlaceKind existing = kinds.get(key);
      if (existing == null || kind.ordinal() < existing.ordinal()) {
        kinds.put(key, kind);
        countiesByKey.put(key, new HashSet<>(Set.of(county)));
      } else if (kind == existing) {
        countiesByKey.get(key).add(county);
      }
    }

    Gazetteer build() {
      Map<String, Place> places = new HashMap<>();
      kinds.forEach((key, kind) -> places.put(key,
          new Place(key, kind, countiesByKey.get(key), everyday.contains(key) && !counties.contains(key))));
      return new Gazetteer(places, counties);
    }
  }
}
