package org.sikiza.gateway.outbound;

/** Hands one SMS to a provider. Blocking: call it from a worker thread. */
public interface SmsSender {

  SendResult send(String sender, String recipient, String body);
}
