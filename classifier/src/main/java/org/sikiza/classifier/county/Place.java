package org.sikiza.classifier.county;

import java.util.Set;

/**
 * A gazetteer name and the counties it may point to.
 *
 * @param everyday the name is also an everyday word or personal name (stop-list): never enough alone
 */
record Place(String key, PlaceKind kind, Set<String> counties, boolean everyday) {

  Place {
    counties = Set.copyOf(counties);
  }

  boolean ambiguous() {
    return counties.size() != 1;
  }

  String county() {
    return counties.iterator().next();
  }
}
