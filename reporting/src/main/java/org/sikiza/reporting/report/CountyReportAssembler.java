package org.sikiza.reporting.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sikiza.reporting.ReportFilter;
import org.sikiza.reporting.ReportPeriod;
import org.sikiza.reporting.catalogue.County;
import org.sikiza.reporting.catalogue.Theme;
import org.sikiza.reporting.catalogue.ThemeCatalogue;
import org.sikiza.reporting.figures.CountyFigures;
import org.sikiza.reporting.figures.PeriodCounts;
import org.sikiza.reporting.figures.ProfileDimension;
import org.sikiza.reporting.quotes.QuoteSelector;
import org.sikiza.reporting.ReportLanguage;
import org.sikiza.reporting.render.ReportText;
import org.sikiza.reporting.suppression.Count;
import org.sikiza.reporting.suppression.RowSuppression;
import org.sikiza.reporting.suppression.SmallCellRule;

/**
 * Turns a county's raw figures into the published {@link CountyReport}: small cells hidden, complementary cells
 * hidden so that no hidden cell can be worked out from a total, a share or a change, and quotes chosen only for
 * themes whose count is published.
 *
 * <p>The theme row is suppressed by {@link RowSuppression#hideRow} from the period's own counts only, exactly as the national
 * overview suppresses that county's row: the two can be compared without one undoing the other.
 */
public final class CountyReportAssembler {

  private final ThemeCatalogue catalogue;
  private final SmallCellRule rule;
  private final QuoteSelector quotes;

  public CountyReportAssembler(ThemeCatalogue catalogue, SmallCellRule rule, QuoteSelector quotes) {
    this.catalogue = catalogue;
    this.rule = rule;
    this.quotes = quotes;
  }

  public CountyReport assemble(County county, ReportPeriod period, ReportFilter filter, CountyFigures figures,
      ReportLanguage language, Instant now) {
    PeriodCounts current = figures.current();
    PeriodCounts previous = figures.previous();
    List<Theme> themes = catalogue.sdgThemes();

    Count total = Count.of(current.feedback(), rule.isSmall(current.feedback()));
    Count previousTotal = Count.of(previous.feedback(), rule.isSmall(previous.feedback()));
    Count[] counts = suppressRow(themeValues(themes, current), total);
    Count[] previousCounts = suppressRow(themeValues(themes, previous), previousTotal);

    List<String> quotable = new ArrayList<>();
    for (int i = 0; i < themes.size(); i++) {
      if (counts[i].shown() && counts[i].get() > 0) {
        quotable.add(themes.get(i).code());
      }
    }
    Map<String, List<String>> chosen = quotes.choose(figures.quotes(), quotable);

    List<ThemeLine> lines = new ArrayList<>();
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      lines.add(new ThemeLine(theme.code(), theme.name(language), theme.colour(), counts[i],
          share(counts[i], total), previousCounts[i], change(counts[i], previousCounts[i]),
          chosen.getOrDefault(theme.code(), List.of())));
    }

    Count participants = Count.of(figures.participants(), rule.isSmall(figures.participants()));
    Count previousParticipants = Count.of(figures.previousParticipants(),
        rule.isSmall(figures.previousParticipants()));
    return new CountyReport(county, period, filter, rule.minCell(), total, previousTotal,
        change(total, previousTotal), participants, previousParticipants,
        change(participants, previousParticipants), Count.of(current.other(), rule.isSmall(current.other())),
        lines, breakdowns(current, figures.profiles(), total, language), now);
  }

  private static long[] themeValues(List<Theme> themes, PeriodCounts counts) {
    long[] values = new long[themes.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = counts.theme(themes.get(i).code());
    }
    return values;
  }

  private Count[] suppressRow(long[] values, Count total) {
    long totalValue = total.shown() ? total.get() : 0;
    boolean[] hidden = RowSuppression.hideRow(values, totalValue, total.suppressed(), rule);
    Count[] counts = new Count[values.length];
    for (int i = 0; i < values.length; i++) {
      counts[i] = Count.of(values[i], hidden[i]);
    }
    return counts;
  }

  private List<Breakdown> breakdowns(PeriodCounts current, Map<ProfileDimension, Map<String, Long>> profiles,
      Count total, ReportLanguage language) {
    Map<ProfileDimension, Map<String, Long>> all = new EnumMap<>(ProfileDimension.class);
    all.put(ProfileDimension.CHANNEL, current.channels());
    all.putAll(profiles);
    List<Breakdown> breakdowns = new ArrayList<>();
    for (ProfileDimension dimension : ProfileDimension.values()) {
      List<String> values = new ArrayList<>(all.getOrDefault(dimension, Map.of()).keySet());
      values.removeIf(value -> all.get(dimension).get(value) <= 0);
      values.sort(BreakdownOrder.of(dimension));
      long[] counts = values.stream().mapToLong(value -> all.get(dimension).get(value)).toArray();
      Count[] published = suppressRow(counts, total);
      List<BreakdownLine> lines = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        lines.add(new BreakdownLine(values.get(i), ReportText.label(language, dimension.key(), values.get(i)),
            published[i], share(published[i], total)));
      }
      boolean recorded = values.stream().anyMatch(value -> !value.isEmpty());
      breakdowns.add(new Breakdown(dimension, ReportText.get(language, "dimension." + dimension.key()), recorded,
          lines));
    }
    return breakdowns;
  }

  static Double share(Count part, Count total) {
    if (part.suppressed() || total.suppressed() || total.get() == 0) {
      return null;
    }
    return Math.round(10_000.0 * part.get() / total.get()) / 10_000.0;
  }

  static Count change(Count now, Count before) {
    return now.shown() && before.shown() ? Count.shown(now.get() - before.get()) : Count.hidden();
  }
}
