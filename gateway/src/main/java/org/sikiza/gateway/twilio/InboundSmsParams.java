package org.sikiza.gateway.twilio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sikiza.gateway.sms.MediaItem;

/** Builds the parameters of Twilio's inbound-message webhook, as Twilio sends them. */
public final class InboundSmsParams {

  private InboundSmsParams() {
  }

  public static Map<String, String> of(String accountSid, String messageSid, String from, String to, String body,
      List<MediaItem> media) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("ToCountry", "KE");
    params.put("SmsMessageSid", messageSid);
    params.put("NumMedia", Integer.toString(media.size()));
    params.put("SmsSid", messageSid);
    params.put("SmsStatus", "received");
    params.put("Body", body);
    params.put("FromCountry", "KE");
    params.put("To", to);
    params.put("NumSegments", Integer.toString(Math.max(1, (body.length() + 152) / 153)));
    params.put("MessageSid", messageSid);
    params.put("AccountSid", accountSid);
    params.put("From", from);
    params.put("ApiVersion", "2010-04-01");
    for (int i = 0; i < media.size(); i++) {
      params.put("MediaUrl" + i, media.get(i).url());
      params.put("MediaContentType" + i, media.get(i).contentType());
    }
    return params;
  }
}
