package org.sikiza.classifier.county;

/**
 * Whether two words differ by at most one edit (insert, delete, substitute, or swap of
 * neighbours). Allocation-free: it runs on the long words of every message.
 */
final class EditDistance {

  private EditDistance() {
  }

  static boolean atMostOne(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      // substitution at i, or transposition of i and i+1
      if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
        return true;
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2);
    }
    // one insertion: skip the extra letter of the longer word
    String longer = la > lb ? a : b;
    String shorter = la > lb ? b : a;
    return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
  }
}
