package org.sikiza.gateway.outbound;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;

/**
 * Sends through Twilio's REST API with the SDK's {@code Message.creator}, asking for status callbacks on
 * {@code /twilio/sms/status}. Sorts Twilio's answers into retry / rejected / unknown. Twilio's error messages
 * can quote the number, so only codes and statuses are kept.
 */
public final class TwilioSmsSender implements SmsSender {

  private final TwilioRestClient client;
  private final URI statusCallback;

  public TwilioSmsSender(TwilioRestClient client, String publicUrl) {
    this.client = client;
    this.statusCallback = URI.create(publicUrl + "/twilio/sms/status");
  }

  @Override
  public SendResult send(String sender, String recipient, String body) {
    MessageCreator creator = sender.startsWith("MG")
        ? Message.creator(new PhoneNumber(recipient), sender, body)
        : Message.creator(new PhoneNumber(recipient), new PhoneNumber(sender), body);
    try {
      Message message = creator.setStatusCallback(statusCallback).create(client);
      return new SendResult.Sent(message.getSid());
    } catch (ApiConnectionException e) {
      return new SendResult.Retry("network: " + e.getClass().getSimpleName());
    } catch (ApiException e) {
      return classify(e.getStatusCode(), e.getCode());
    } catch (RuntimeException e) {
      // Twilio answered something we could not read: it may have accepted the message.
      return new SendResult.Unknown("unreadable answer: " + e.getClass().getSimpleName());
    }
  }

  /**
   * 429 and 5xx are worth another try; so are authentication failures (an operator can fix the credentials while
   * the message waits). Any other 4xx is Twilio refusing this message for good (21211 invalid number, 21610
   * unsubscribed recipient, 21614 not a mobile number, 21408 region not enabled …).
   */
  static SendResult classify(Integer status, Integer code) {
    String reason = "twilio_status=" + status + " twilio_error=" + code;
    if (status == null) {
      return new SendResult.Retry(reason);
    }
    if (status == 429 || status >= 500 || status == 401 || (code != null && code == 20429)) {
      return new SendResult.Retry(reason);
    }
    return new SendResult.Rejected(reason);
  }
}
