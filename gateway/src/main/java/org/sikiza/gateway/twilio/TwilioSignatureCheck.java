package org.sikiza.gateway.twilio;

import com.twilio.security.RequestValidator;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

/**
 * Rejects any webhook that Twilio did not sign: checks {@code X-Twilio-Signature} with the SDK's
 * {@link RequestValidator} against the public URL Twilio called (SIKIZA_PUBLIC_URL + path + query)
 * and the form parameters. Runs after the body handler, before any webhook handler.
 */
public final class TwilioSignatureCheck {

  public static final String HEADER = "X-Twilio-Signature";

  private final RequestValidator validator;
  private final String publicUrl;

  public TwilioSignatureCheck(String authToken, String publicUrl) {
    this.validator = new RequestValidator(authToken);
    this.publicUrl = publicUrl;
  }

  public void handle(RoutingContext ctx) {
    String signature = ctx.request().getHeader(HEADER);
    if (signature == null || signature.isBlank()) {
      throw new ApiException(ErrorType.BAD_SIGNATURE, "missing " + HEADER + " header");
    }
    String url = publicUrl + ctx.request().uri();
    if (!validator.validate(url, firstValues(ctx.request().formAttributes()), signature)) {
      throw new ApiException(ErrorType.BAD_SIGNATURE, HEADER + " does not match this request");
    }
    ctx.next();
  }

  /** The signature covers each parameter once; Twilio never repeats a webhook parameter. */
  static Map<String, String> firstValues(MultiMap form) {
    Map<String, String> params = new HashMap<>();
    for (String name : form.names()) {
      params.put(name, form.get(name));
    }
    return params;
  }
}
