package org.sikiza.reporting.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a horizontal bar chart drawn as inline SVG (and as CSS bars in the PDF): one bar per published
 * count, scaled to the largest; a hidden count gets no bar, only the dash. Numbers are never drawn without the
 * table beside them.
 */
public record BarChart(int width, int height, List<Bar> bars) {

  public static final int ROW = 28;
  public static final int LABEL_WIDTH = 64;
  public static final int BAR_SPACE = 320;

  /** One bar: its label, colour, value text and, when published, its length. */
  public record Bar(String code, String label, String colour, String valueText, boolean hidden, int y,
      int length, String percent) {

    public int textY() {
      return y + 19;
    }

    public int valueX() {
      return LABEL_WIDTH + length + 6;
    }
  }

  /** One input bar: its code, short label, colour, and value (null when hidden). */
  public record Input(String code, String label, String colour, Long value) {}

  public static BarChart of(List<Input> inputs) {
    long max = inputs.stream().filter(i -> i.value() != null).mapToLong(Input::value).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    int y = 0;
    for (Input input : inputs) {
      boolean hidden = input.value() == null;
      int length = hidden || max == 0 ? 0 : (int) Math.max(input.value() > 0 ? 2 : 0,
          Math.round((double) BAR_SPACE * input.value() / max));
      String percent = hidden || max == 0 ? "0" : String.format(Locale.ROOT, "%.1f", 100.0 * input.value() / max);
      bars.add(new Bar(input.code(), input.label(), input.colour(),
          hidden ? NumberText.HIDDEN : String.format(Locale.ENGLISH, "%,d", input.value()), hidden, y, length,
          percent));
      y += ROW;
    }
    return new BarChart(LABEL_WIDTH + BAR_SPACE + 80, Math.max(y, ROW), bars);
  }
}
