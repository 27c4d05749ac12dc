package org.sikiza.classifier.county;

/** What a gazetteer name is; the order is the strength of the evidence, strongest first. */
enum PlaceKind {
  COUNTY, TOWN, CONSTITUENCY, WARD
}
