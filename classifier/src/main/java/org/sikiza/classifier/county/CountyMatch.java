package org.sikiza.classifier.county;

/**
 * The county a message speaks for.
 *
 * @param county county name as in {@code kenya-admin-areas.csv} (lower case, e.g. {@code homa bay})
 * @param matchedText the words of the message that named it, as written
 * @param confidence 0..1: about 0.9+ for a county or big-town name, lower for wards, misspellings
 *     or when other places are mentioned too
 */
public record CountyMatch(String county, String matchedText, double confidence) {
}
