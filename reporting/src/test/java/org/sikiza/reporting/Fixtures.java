package org.sikiza.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sikiza.reporting.catalogue.County;
import org.sikiza.reporting.catalogue.ThemeCatalogue;
import org.sikiza.reporting.figures.CountyFigures;
import org.sikiza.reporting.figures.PeriodCounts;
import org.sikiza.reporting.figures.ProfileDimension;
import org.sikiza.reporting.quotes.QuoteCandidate;
import org.sikiza.reporting.quotes.QuoteScrubber;
import org.sikiza.reporting.quotes.QuoteSelector;
import org.sikiza.reporting.ReportLanguage;
import org.sikiza.reporting.report.CountyReport;
import org.sikiza.reporting.report.CountyReportAssembler;
import org.sikiza.reporting.suppression.SmallCellRule;

/** Figures and reports for tests: a county with big, small and zero cells, and quotes with personal data. */
public final class Fixtures {

  public static final ThemeCatalogue THEMES = ThemeCatalogue.loadDefault();
  public static final County KISUMU = new County("kisumu", "Kisumu");
  public static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 30));
  public static final Instant NOW = Instant.parse("2025-03-31T06:00:00Z");

  /** SDG3 48, SDG6 31, SDG4 12, SDG16 9, SDG10 3 (small), SDG5 2 (small), SDG8 7, others 0; 100 feedback. */
  public static CountyFigures kisumu() {
    Map<String, Long> themes = Map.of("SDG3", 48L, "SDG6", 31L, "SDG4", 12L, "SDG16", 9L, "SDG10", 3L, "SDG5", 2L,
        "SDG8", 7L);
    Map<String, Long> previousThemes = Map.of("SDG3", 40L, "SDG6", 3L, "SDG4", 20L, "SDG16", 11L, "SDG10", 9L,
        "SDG8", 2L);
    PeriodCounts current = new PeriodCounts(themes, 100, 4, Map.of("sms", 93L, "callin", 4L, "voice", 3L));
    PeriodCounts previous = new PeriodCounts(previousThemes, 80, 10, Map.of("sms", 80L));
    Map<ProfileDimension, Map<String, Long>> profiles = new EnumMap<>(ProfileDimension.class);
    profiles.put(ProfileDimension.LANGUAGE, Map.of("swa", 61L, "eng", 30L, "sheng", 6L, "", 3L));
    profiles.put(ProfileDimension.GENDER, Map.of("female", 4L, "male", 3L, "", 93L));
    profiles.put(ProfileDimension.AGE_BAND, Map.of("18-24", 7L, "", 93L));
    profiles.put(ProfileDimension.DISABILITY, Map.of("yes", 2L, "no", 5L, "", 93L));
    List<QuoteCandidate> quotes = new ArrayList<>();
    quotes.add(new QuoteCandidate(1, "p1", "SDG3", 0.97,
        "My name is Achieng Otieno, the dispensary in Nyalenda has had no drugs for three weeks. Call 0712345678"));
    quotes.add(new QuoteCandidate(2, "p2", "SDG3", 0.91, "Hospitali ya Kisumu haina madaktari wa kutosha usiku"));
    quotes.add(new QuoteCandidate(3, "p3", "SDG3", 0.88, "Hospitali ya Kisumu haina madaktari wa kutosha usiku kabisa"));
    quotes.add(new QuoteCandidate(4, "p1", "SDG3", 0.86, "The same sender again: clinic closed on weekends in Kondele"));
    quotes.add(new QuoteCandidate(5, "p4", "SDG3", 0.70, "Mothers give birth at home because the maternity is far"));
    quotes.add(new QuoteCandidate(6, "p5", "SDG3", 0.60, "Cholera cases in our estate and no help from anyone"));
    quotes.add(new QuoteCandidate(7, "p6", "SDG10", 0.95, "Watu wenye ulemavu hawapati msaada wowote kutoka serikali"));
    quotes.add(new QuoteCandidate(8, "p7", "SDG16", 0.93,
        "Chief Omondi asks for a bribe before he signs any letter, email me at x@y.com"));
    quotes.add(new QuoteCandidate(9, "p8", "SDG6", 0.90, "<script>alert('x')</script> taps are dry in Manyatta"));
    return new CountyFigures(current, previous, 73, 60, profiles, quotes);
  }

  public static CountyReport kisumuReport(ReportLanguage language) {
    return new CountyReportAssembler(THEMES, SmallCellRule.DEFAULT, new QuoteSelector(new QuoteScrubber()))
        .assemble(KISUMU, PERIOD, ReportFilter.NONE, kisumu(), language, NOW);
  }

  public static Map<String, Long> map(Object... keyValues) {
    Map<String, Long> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], ((Number) keyValues[i + 1]).longValue());
    }
    return map;
  }

  private Fixtures() {
  }
}
