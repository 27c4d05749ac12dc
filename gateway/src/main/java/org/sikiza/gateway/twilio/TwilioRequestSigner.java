package org.sikiza.gateway.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook the way Twilio does (HMAC-SHA1 of the URL followed by each POST parameter's name and value,
 * sorted by name, keyed by the auth token, base64). The demo, the benchmark and the tests use it to speak to
 * the gateway exactly as Twilio would; the gateway itself verifies with the Twilio SDK.
 */
public final class TwilioRequestSigner {

  private final SecretKeySpec key;

  public TwilioRequestSigner(String authToken) {
    this.key = new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1");
  }

  public String sign(String url, Map<String, String> params) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(key);
      return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is not available", e);
    }
  }
}
