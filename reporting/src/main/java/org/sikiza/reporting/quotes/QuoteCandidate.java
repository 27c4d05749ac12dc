package org.sikiza.reporting.quotes;

/**
 * A feedback message that could be quoted under a theme: its raw text (never published as it is), its sender's
 * pseudonym (to spread quotes over people) and how sure the labelling is (human labels count as 1.0).
 */
public record QuoteCandidate(long messageId, String participantId, String theme, double score, String text) {}
