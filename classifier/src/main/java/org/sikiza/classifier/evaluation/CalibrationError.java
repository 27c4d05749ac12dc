package org.sikiza.classifier.evaluation;

/**
 * Expected calibration error: the gap between how confident the classifier says it is and how
 * often it is right, averaged over equal-width confidence bins weighted by their size.
 */
public final class CalibrationError {

  public static final int DEFAULT_BINS = 15;

  private CalibrationError() {
  }

  /**
   * @param confidence confidence of each prediction, in [0, 1]
   * @param correct whether each prediction was right
   */
  public static double expected(double[] confidence, boolean[] correct, int bins) {
    int n = confidence.length;
    if (n == 0) {
      return Double.NaN;
    }
    double[] confidenceSum = new double[bins];
    int[] correctCount = new int[bins];
    int[] size = new int[bins];
    for (int i = 0; i < n; i++) {
      // Bins are [0, 1/15), [1/15, 2/15), ..., [14/15, 1]; a confidence of exactly 1 goes in the last.
      int bin = Math.min(bins - 1, (int) Math.floor(confidence[i] * bins));
      confidenceSum[bin] += confidence[i];
      correctCount[bin] += correct[i] ? 1 : 0;
      size[bin]++;
    }
    double ece = 0;
    for (int b = 0; b < bins; b++) {
      if (size[b] > 0) {
        double gap = Math.abs((double) correctCount[b] / size[b] - confidenceSum[b] / size[b]);
        ece += (double) size[b] / n * gap;
      }
    }
    return ece;
  }
}
