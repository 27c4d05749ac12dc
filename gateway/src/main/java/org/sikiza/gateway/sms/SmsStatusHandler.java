package org.sikiza.gateway.sms;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.gateway.store.StatusStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /twilio/sms/status}: delivery status callbacks for our outbound replies. Each (message, status)
 * is stored once; a status Twilio may add in future is recorded and flagged, not rejected. The callback's
 * {@code To} (a participant's number) is never stored.
 */
public final class SmsStatusHandler {

  private static final Logger LOG = LoggerFactory.getLogger(SmsStatusHandler.class);
  private static final Pattern STATUS_WORD = Pattern.compile("[A-Za-z_\\-]{1,40}");
  private static final Pattern ERROR_CODE = Pattern.compile("\\d{0,10}");
  static final Set<String> KNOWN_STATUSES = Set.of("accepted", "scheduled", "canceled", "queued", "sending", "sent",
      "failed", "delivered", "undelivered", "receiving", "received", "read", "partially_delivered");

  private final StatusStore store;

  public SmsStatusHandler(StatusStore store) {
    this.store = store;
  }

  public void handle(RoutingContext ctx) {
    MultiMap form = ctx.request().formAttributes();
    List<String> errors = new ArrayList<>();
    String sid = form.get("MessageSid");
    if (sid == null || !InboundSmsForm.SID.matcher(sid).matches()) {
      errors.add("MessageSid is required (2 to 64 letters and digits)");
    }
    String status = form.get("MessageStatus");
    if (status == null || !STATUS_WORD.matcher(status).matches()) {
      errors.add("MessageStatus is required (a status word)");
    }
    String errorCode = form.get("ErrorCode");
    if (errorCode != null && !ERROR_CODE.matcher(errorCode).matches()) {
      errors.add("ErrorCode must be a number");
    }
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorType.BAD_REQUEST, "invalid status callback: " + String.join("; ", errors), errors);
    }
    String normalised = status.toLowerCase(Locale.ROOT);
    boolean known = KNOWN_STATUSES.contains(normalised);
    if (!known) {
      LOG.warn("event=sms_status.unknown status={} sid={}", normalised, sid);
    }
    store.record(sid, normalised, known, errorCode == null || errorCode.isEmpty() ? null : errorCode)
        .onSuccess(isNew -> ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json")
            .end("{\"recorded\":" + isNew + "}"))
        .onFailure(ctx::fail);
  }
}
