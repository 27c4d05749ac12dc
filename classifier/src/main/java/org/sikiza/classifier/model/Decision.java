package org.sikiza.classifier.model;

import java.util.List;

/**
 * The labels chosen for one message.
 *
 * @param labels one or two theme codes, primary first
 * @param confidence calibrated score of the primary label
 * @param review true when a person should check the labels
 */
public record Decision(List<String> labels, double confidence, boolean review) {

  public Decision {
    labels = List.copyOf(labels);
  }
}
