package org.sikiza.reporting.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sikiza.reporting.Fixtures;
import org.sikiza.reporting.ReportFilter;
import org.sikiza.reporting.figures.CountyFigures;
import org.sikiza.reporting.figures.PeriodCounts;
import org.sikiza.reporting.figures.ProfileDimension;
import org.sikiza.reporting.quotes.QuoteCandidate;
import org.sikiza.reporting.quotes.QuoteScrubber;
import org.sikiza.reporting.quotes.QuoteSelector;
import org.sikiza.reporting.ReportLanguage;
import org.sikiza.reporting.suppression.Count;
import org.sikiza.reporting.suppression.DisclosureAudit;
import org.sikiza.reporting.suppression.LinearRelation;
import org.sikiza.reporting.suppression.SmallCellRule;

class CountyReportAssemblerTest {

  @Test
  void smallThemesAreHiddenWithTheirComplementAndTheirShareAndChange() {
    CountyReport report = Fixtures.kisumuReport(ReportLanguage.EN);
    assertEquals(Count.shown(100), report.total());
    ThemeLine inequality = line(report, "SDG10");
    ThemeLine gender = line(report, "SDG5");
    assertTrue(inequality.count().suppressed());
    assertTrue(gender.count().suppressed());
    assertNull(inequality.share());
    assertTrue(inequality.change().suppressed());
    assertEquals(List.of(), inequality.quotes(), "no quote may show for a hidden theme");
    // SDG10 (3) and SDG5 (2) hide each other; nothing else needs to go.
    assertEquals(Count.shown(7), line(report, "SDG8").count());
    assertEquals(0.48, line(report, "SDG3").share());
    assertEquals(Count.shown(8), line(report, "SDG3").change());
  }

  @Test
  void aChangeIsHiddenWhenThePreviousPeriodWasSmall() {
    CountyReport report = Fixtures.kisumuReport(ReportLanguage.EN);
    ThemeLine water = line(report, "SDG6");
    assertEquals(Count.shown(31), water.count());
    assertTrue(water.previous().suppressed(), "3 messages in the previous period");
    assertTrue(water.change().suppressed(), "31 - 3 would give the 3 away");
  }

  @Test
  void breakdownsHideSmallValuesAndSayWhenADimensionWasNotRecorded() {
    CountyReport report = Fixtures.kisumuReport(ReportLanguage.EN);
    Breakdown gender = breakdown(report, ProfileDimension.GENDER);
    assertTrue(gender.recorded());
    assertTrue(gender.lines().stream().filter(l -> !l.notRecorded()).allMatch(l -> l.count().suppressed()));
    Breakdown channel = breakdown(report, ProfileDimension.CHANNEL);
    assertEquals(List.of("sms", "voice", "callin"), channel.lines().stream().map(BreakdownLine::value).toList());
    assertEquals(Count.shown(93), channel.lines().get(0).count());
    Breakdown language = breakdown(report, ProfileDimension.LANGUAGE);
    assertEquals("Not recorded", language.lines().get(language.lines().size() - 1).label());
  }

  @Test
  void theOtherCountIsHiddenWhenSmallAndIsNotATheme() {
    CountyReport report = Fixtures.kisumuReport(ReportLanguage.EN);
    assertTrue(report.other().suppressed());
    assertFalse(report.themes().stream().anyMatch(t -> t.code().equals("OTHER")));
  }

  @Test
  void swahiliReportsNameThemesInSwahili() {
    assertEquals("Afya bora na ustawi", line(Fixtures.kisumuReport(ReportLanguage.SW), "SDG3").name());
  }

  @Test
  void randomCountyReportsPublishNoSmallCountAndLetNoneBeWorkedOut() {
    Random random = new Random(42);
    SmallCellRule rule = new SmallCellRule(5);
    CountyReportAssembler assembler = new CountyReportAssembler(Fixtures.THEMES, rule,
        new QuoteSelector(new QuoteScrubber()));
    for (int round = 0; round < 1_000; round++) {
      CountyFigures figures = randomFigures(random);
      CountyReport report = assembler.assemble(Fixtures.KISUMU, Fixtures.PERIOD, ReportFilter.NONE, figures,
          ReportLanguage.EN, Fixtures.NOW);
      for (Count count : allCounts(report)) {
        assertFalse(count.shown() && rule.isSmall(count.get()), "a small count was published");
      }
      for (ThemeLine line : report.themes()) {
        if (line.count().suppressed()) {
          assertNull(line.share());
          assertTrue(line.quotes().isEmpty());
        }
      }
      int finalRound = round;
      assertEquals(Set.of(), attack(report, figures, rule), () -> "round " + finalRound);
    }
  }

  /** The small counts that can be worked out from a published report by its totals, sums and changes. */
  static Set<Integer> attack(CountyReport report, CountyFigures figures, SmallCellRule rule) {
    List<Long> values = new ArrayList<>();
    List<Boolean> hidden = new ArrayList<>();
    List<Boolean> counts = new ArrayList<>();
    List<LinearRelation> relations = new ArrayList<>();
    int total = add(values, hidden, counts, figures.current().feedback(), report.total(), true);
    int previousTotal = add(values, hidden, counts, figures.previous().feedback(), report.previousTotal(), true);
    int totalChange = add(values, hidden, counts, figures.current().feedback() - figures.previous().feedback(),
        report.totalChange(), false);
    relations.add(LinearRelation.difference(totalChange, total, previousTotal));
    int[] now = new int[report.themes().size()];
    int[] before = new int[report.themes().size()];
    for (int i = 0; i < report.themes().size(); i++) {
      ThemeLine line = report.themes().get(i);
      long a = figures.current().theme(line.code());
      long b = figures.previous().theme(line.code());
      now[i] = add(values, hidden, counts, a, line.count(), true);
      before[i] = add(values, hidden, counts, b, line.previous(), true);
      int change = add(values, hidden, counts, a - b, line.change(), false);
      relations.add(LinearRelation.difference(change, now[i], before[i]));
    }
    relations.add(LinearRelation.sum(total, now));
    relations.add(LinearRelation.sum(previousTotal, before));
    int participants = add(values, hidden, counts, figures.participants(), report.participants(), true);
    int previousParticipants = add(values, hidden, counts, figures.previousParticipants(),
        report.previousParticipants(), true);
    int participantsChange = add(values, hidden, counts, figures.participants() - figures.previousParticipants(),
        report.participantsChange(), false);
    relations.add(LinearRelation.difference(participantsChange, participants, previousParticipants));
    add(values, hidden, counts, figures.current().other(), report.other(), true);
    for (Breakdown breakdown : report.breakdowns()) {
      int[] lines = new int[breakdown.lines().size()];
      Map<String, Long> raw = breakdown.dimension() == ProfileDimension.CHANNEL ? figures.current().channels()
          : figures.profiles().getOrDefault(breakdown.dimension(), Map.of());
      for (int i = 0; i < lines.length; i++) {
        BreakdownLine line = breakdown.lines().get(i);
        lines[i] = add(values, hidden, counts, raw.get(line.value()), line.count(), true);
      }
      relations.add(LinearRelation.sum(total, lines));
    }
    long[] valueArray = values.stream().mapToLong(Long::longValue).toArray();
    boolean[] hiddenArray = new boolean[values.size()];
    boolean[] countArray = new boolean[values.size()];
    for (int i = 0; i < values.size(); i++) {
      hiddenArray[i] = hidden.get(i);
      countArray[i] = counts.get(i);
    }
    Set<Integer> recovered = new TreeSet<>(DisclosureAudit.recoverable(valueArray, hiddenArray, countArray,
        relations));
    recovered.removeIf(cell -> !countArray[cell] || !rule.isSmall(valueArray[cell]));
    return recovered;
  }

  private static int add(List<Long> values, List<Boolean> hidden, List<Boolean> counts, long value,
      Count published, boolean isCount) {
    if (published.shown()) {
      assertEquals(value, published.get(), "published counts are the true counts");
    }
    values.add(value);
    hidden.add(published.suppressed());
    counts.add(isCount);
    return values.size() - 1;
  }

  private static CountyFigures randomFigures(Random random) {
    PeriodCounts current = randomPeriod(random);
    PeriodCounts previous = randomPeriod(random);
    Map<ProfileDimension, Map<String, Long>> profiles = new EnumMap<>(ProfileDimension.class);
    profiles.put(ProfileDimension.LANGUAGE, split(random, current.feedback(), List.of("swa", "eng", "sheng", "")));
    profiles.put(ProfileDimension.GENDER, split(random, current.feedback(), List.of("female", "male", "")));
    profiles.put(ProfileDimension.DISABILITY, split(random, current.feedback(), List.of("yes", "no", "")));
    long participants = random.nextInt(3) == 0 ? random.nextInt(6) : random.nextInt((int) current.feedback() + 5);
    return new CountyFigures(current, previous, participants, random.nextInt(60), profiles,
        List.of(new QuoteCandidate(1, "p", "SDG3", 0.9, "Hospitali haina dawa kabisa hapa kwetu")));
  }

  private static PeriodCounts randomPeriod(Random random) {
    Map<String, Long> themes = new HashMap<>();
    long feedback = 0;
    for (var theme : Fixtures.THEMES.sdgThemes()) {
      int kind = random.nextInt(6);
      long count = kind <= 1 ? 0 : kind == 2 ? 1 + random.nextInt(4) : random.nextInt(kind * 10);
      if (count > 0) {
        themes.put(theme.code(), count);
      }
      feedback += count;
    }
    // Some messages carry two themes: feedback is below the sum of the themes.
    feedback -= random.nextInt((int) Math.max(1, feedback / 5 + 1));
    Map<String, Long> channels = split(random, feedback, List.of("sms", "voice", "callin"));
    return new PeriodCounts(themes, feedback, random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40),
        channels);
  }

  private static Map<String, Long> split(Random random, long total, List<String> keys) {
    Map<String, Long> parts = new HashMap<>();
    long left = total;
    for (int i = 0; i < keys.size(); i++) {
      long part = i == keys.size() - 1 ? left : random.nextInt((int) left + 1);
      if (part > 0) {
        parts.put(keys.get(i), part);
      }
      left -= part;
    }
    return parts;
  }

  static List<Count> allCounts(CountyReport report) {
    List<Count> counts = new ArrayList<>(List.of(report.total(), report.previousTotal(), report.participants(),
        report.previousParticipants(), report.other()));
    report.themes().forEach(t -> {
      counts.add(t.count());
      counts.add(t.previous());
    });
    report.breakdowns().forEach(b -> b.lines().forEach(l -> counts.add(l.count())));
    return counts;
  }

  private static ThemeLine line(CountyReport report, String code) {
    return report.themes().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
  }

  private static Breakdown breakdown(CountyReport report, ProfileDimension dimension) {
    return report.breakdowns().stream().filter(b -> b.dimension() == dimension).findFirst().orElseThrow();
  }
}
