package org.sikiza.gateway.voice;

import org.sikiza.gateway.testing.GatewayRig;

/** A short call for tests in other packages: English, no county, a message recorded (on a line with no poll). */
public final class VoiceCallDriver {

  private final TwilioCall call;
  private Twiml record;

  public VoiceCallDriver(GatewayRig rig, String from, String to) {
    this.call = new TwilioCall(rig, from, to);
  }

  public String callSid() {
    return call.callSid();
  }

  /** Dials, chooses English, skips the county, speaks after the beep. */
  public void recordAMessage() {
    record = call.press(call.press(call.dial(), "1"), "#");
    call.finishRecording(record, "RE" + callSid().substring(2), 12);
  }

  /** Twilio posts the {@code <Record>} action again (a retry). */
  public void repeatTheRecordAction() {
    call.finishRecording(record, "RE" + callSid().substring(2), 12);
  }
}
