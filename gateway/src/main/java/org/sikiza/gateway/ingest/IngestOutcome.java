package org.sikiza.gateway.ingest;

/**
 * What became of one webhook's message once it was durable.
 *
 * @param consentChanged    an opt-out / opt-in that changed the contact (confirm it)
 * @param participantOptedOut the sender is opted out (send nothing)
 */
public record IngestOutcome(Status status, boolean consentChanged, boolean participantOptedOut) {

  /** Where the message is now. Every status means durable: the webhook may be acknowledged. */
  public enum Status {
    /** Committed to PostgreSQL by this request. */
    STORED,
    /** Already stored by an earlier copy of the same webhook. */
    DUPLICATE,
    /** PostgreSQL was unreachable; written and fsynced to the local spool, replayed later. */
    SPOOLED
  }

  static final IngestOutcome SPOOLED = new IngestOutcome(Status.SPOOLED, false, false);
}
