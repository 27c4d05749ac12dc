package org.sikiza.gateway.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sikiza.gateway.programmes.ApiCalls;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/**
 * Plays Twilio's part in one phone call: posts the signed webhooks Twilio would post, reads the TwiML the gateway
 * answers, and follows it (a {@code <Gather>}'s action with the caller's keys or words, the {@code <Redirect>} when
 * the caller says nothing, the {@code <Record>} action and its recording and transcription callbacks).
 */
final class TwilioCall {

  private final ApiCalls api;
  private final String callSid;
  private final String from;
  private final String to;

  TwilioCall(GatewayRig rig, String from, String to) {
    this.api = new ApiCalls(rig);
    this.callSid = String.format("CA%032x", (long) (Math.random() * Long.MAX_VALUE));
    this.from = from;
    this.to = to;
  }

  String callSid() {
    return callSid;
  }

  /** The call rings: Twilio asks {@code /twilio/voice} what to do. */
  Twiml dial() {
    Map<String, String> params = callParams();
    params.put("CallStatus", "ringing");
    return Twiml.of(api.webhook("/twilio/voice", params));
  }

  /** The caller presses keys at the current {@code <Gather>}. */
  Twiml press(Twiml current, String digits) {
    Map<String, String> params = callParams();
    params.put("Digits", digits);
    params.put("FinishedOnKey", digits.endsWith("#") ? "#" : "");
    return Twiml.of(post(current.gatherAction(), params));
  }

  /** The caller speaks at the current {@code <Gather>}; Twilio posts what it recognised. */
  Twiml say(Twiml current, String words) {
    Map<String, String> params = callParams();
    params.put("SpeechResult", words);
    params.put("Confidence", "0.91");
    return Twiml.of(post(current.gatherAction(), params));
  }

  /** The caller says nothing: the {@code <Gather>} times out and Twilio follows the {@code <Redirect>}. */
  Twiml silence(Twiml current) {
    return Twiml.of(post(current.redirect(), callParams()));
  }

  /** The caller finishes speaking after the beep: Twilio posts the {@code <Record>} action. */
  Twiml finishRecording(Twiml current, String recordingSid, int seconds) {
    Map<String, String> params = callParams();
    params.put("RecordingUrl", recordingUrl(recordingSid));
    params.put("RecordingDuration", Integer.toString(seconds));
    params.put("RecordingSid", recordingSid);
    params.put("Digits", "#");
    return Twiml.of(post(current.record().getAttribute("action"), params));
  }

  /** Twilio's recording status callback ({@code completed} or {@code absent}). */
  Answer recordingCallback(Twiml recordStep, String recordingSid, String status, int seconds) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("AccountSid", GatewayRig.ACCOUNT_SID);
    params.put("CallSid", callSid);
    params.put("RecordingSid", recordingSid);
    params.put("RecordingUrl", recordingUrl(recordingSid));
    params.put("RecordingStatus", status);
    params.put("RecordingDuration", Integer.toString(seconds));
    params.put("RecordingChannels", "1");
    params.put("RecordingStartTime", "Sun, 22 Nov 2026 10:00:00 +0000");
    params.put("RecordingSource", "RecordVerb");
    params.put("ErrorCode", "0");
    return post(recordStep.record().getAttribute("recordingStatusCallback"), params);
  }

  /** Twilio's transcription callback ({@code completed} with text, or {@code failed}). */
  Answer transcriptionCallback(Twiml recordStep, String recordingSid, String transcriptionSid, String status,
      String text) {
    String url = recordStep.record().getAttribute("transcribeCallback");
    assertNotNull(url, "the <Record> asks for no transcription");
    Map<String, String> params = callParams();
    params.put("TranscriptionSid", transcriptionSid);
    params.put("TranscriptionText", text);
    params.put("TranscriptionStatus", status);
    params.put("TranscriptionUrl", "https://api.twilio.com/2010-04-01/Accounts/" + GatewayRig.ACCOUNT_SID
        + "/Recordings/" + recordingSid + "/Transcriptions/" + transcriptionSid);
    params.put("TranscriptionType", "fast");
    params.put("RecordingSid", recordingSid);
    params.put("RecordingUrl", recordingUrl(recordingSid));
    return post(url, params);
  }

  static String recordingUrl(String recordingSid) {
    return "https://api.twilio.com/2010-04-01/Accounts/" + GatewayRig.ACCOUNT_SID + "/Recordings/" + recordingSid;
  }

  Map<String, String> callParams() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("AccountSid", GatewayRig.ACCOUNT_SID);
    params.put("ApiVersion", "2010-04-01");
    params.put("CallSid", callSid);
    params.put("CallStatus", "in-progress");
    params.put("Direction", "inbound");
    params.put("From", from);
    params.put("Caller", from);
    params.put("To", to);
    params.put("Called", to);
    params.put("FromCountry", "KE");
    params.put("ToCountry", "KE");
    return params;
  }

  /** Posts to a URL from the TwiML as Twilio would: the fragment (connection overrides) is never sent. */
  Answer post(String url, Map<String, String> params) {
    assertNotNull(url, "the TwiML names no URL to follow");
    String withoutFragment = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
    assertEquals(0, withoutFragment.indexOf(GatewayRig.PUBLIC_URL), "every URL is absolute, on SIKIZA_PUBLIC_URL: " + url);
    return api.webhook(withoutFragment.substring(GatewayRig.PUBLIC_URL.length()), params);
  }
}
