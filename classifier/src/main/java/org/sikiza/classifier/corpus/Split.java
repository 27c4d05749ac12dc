package org.sikiza.classifier.corpus;

/** The three fixed parts of the corpus. TEST is only for final figures, never for tuning. */
public enum Split {
  TRAIN, DEV, TEST
}
