package org.sikiza.gateway.outbound;

/** What one attempt to hand an SMS to the provider came to. Reasons never carry the recipient's number. */
public sealed interface SendResult {

  /** Accepted; {@code sid} is the provider's message id (status callbacks name it). */
  record Sent(String sid) implements SendResult {}

  /** Not accepted, and trying again later may work (rate limit, provider fault, network). */
  record Retry(String reason) implements SendResult {}

  /** Refused for good (invalid number, unsubscribed recipient, …): never retried. */
  record Rejected(String reason) implements SendResult {}

  /** The provider may or may not have accepted it: never retried, so that nothing is sent twice. */
  record Unknown(String reason) implements SendResult {}
}
