package org.sikiza.classifier.evaluation;

import java.util.Locale;

/** Renders an {@link EvaluationReport} as a plain-text table for the terminal and the docs. */
public final class EvaluationTable {

  private EvaluationTable() {
  }

  public static String render(String title, EvaluationReport report) {
    StringBuilder out = new StringBuilder();
    out.append(title).append('\n');
    out.append("-".repeat(Math.max(20, title.length()))).append('\n');
    out.append(line("messages", String.valueOf(report.count())));
    out.append(line("top-1 accuracy", withInterval(report.accuracy(), report.accuracyInterval())));
    out.append(line("macro-F1", withInterval(report.macroF1(), report.macroF1Interval())));
    out.append(line("ECE (15 bins)", f(report.expectedCalibrationError())));
    out.append(line("review rate", f(report.reviewRate())));
    out.append(line("accuracy when not flagged", f(report.acceptedAccuracy())));
    if (!report.perLanguage().isEmpty()) {
      out.append("\nper language\n");
      out.append(String.format(Locale.ROOT, "  %-8s %6s %9s %9s%n", "language", "n", "accuracy", "macro-F1"));
      for (LanguageMetrics m : report.perLanguage()) {
        out.append(String.format(Locale.ROOT, "  %-8s %6d %9s %9s%n", m.language(), m.count(), f(m.accuracy()), f(m.macroF1())));
      }
    }
    out.append("\nper class\n");
    out.append(String.format(Locale.ROOT, "  %-6s %7s %9s %9s %7s %7s%n", "label", "support", "predicted", "precision", "recall", "F1"));
    for (ClassMetrics m : report.perClass()) {
      out.append(String.format(Locale.ROOT, "  %-6s %7d %9d %9s %7s %7s%n",
          m.label(), m.support(), m.predicted(), f(m.precision()), f(m.recall()), f(m.f1())));
    }
    if (!report.topConfusions().isEmpty()) {
      out.append("\ntop confusions (gold -> predicted)\n");
      for (ConfusionPair pair : report.topConfusions()) {
        out.append(String.format(Locale.ROOT, "  %-6s -> %-6s %4d%n", pair.gold(), pair.predicted(), pair.count()));
      }
    }
    return out.toString();
  }

  private static String line(String name, String value) {
    return String.format(Locale.ROOT, "  %-27s %s%n", name, value);
  }

  private static String withInterval(double value, Interval interval) {
    return f(value) + "  (95% CI " + f(interval.low()) + " - " + f(interval.high()) + ")";
  }

  private static String f(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
