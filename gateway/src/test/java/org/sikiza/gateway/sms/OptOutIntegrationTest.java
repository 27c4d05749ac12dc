package org.sikiza.gateway.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/** STOP and its Swahili kin are honoured: confirmed once, then silence, until START / ANZA. */
class OptOutIntegrationTest {

  private static GatewayRig rig;

  @BeforeAll
  static void start() {
    rig = GatewayRig.start();
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  @Test
  void stopIsConfirmedOnceThenNothingIsRepliedUntilStart() {
    String number = "+254711000001";
    assertTrue(rig.sms(rig.nextSid(), number, "Shule haina walimu").body().contains("<Message"));

    Answer stop = rig.sms(rig.nextSid(), number, "STOP");
    assertTrue(stop.body().contains("You will get no more messages"), stop.body());
    Answer again = rig.sms(rig.nextSid(), "0711000001", "stop");
    assertFalse(again.body().contains("<Message"), "a second STOP is not confirmed again");
    Answer feedback = rig.sms(rig.nextSid(), number, "Bado shule haina walimu");
    assertEquals(200, feedback.status());
    assertFalse(feedback.body().contains("<Message"), "no acknowledgement to an opted-out participant");

    Answer start = rig.sms(rig.nextSid(), number, "START");
    assertTrue(start.body().contains("Welcome back"), start.body());
    assertTrue(rig.sms(rig.nextSid(), number, "Asante kwa walimu wapya").body().contains("<Message"));
  }

  @Test
  void swahiliKeywordsWorkAndAreAnsweredInSwahili() {
    String number = "+254711000002";
    Answer acha = rig.sms(rig.nextSid(), number, "ACHA");
    assertTrue(acha.body().contains("Hutapokea ujumbe zaidi"), acha.body());
    assertFalse(rig.sms(rig.nextSid(), number, "Sitisha").body().contains("<Message"));
    Answer anza = rig.sms(rig.nextSid(), number, "anza");
    assertTrue(anza.body().contains("Karibu tena"), anza.body());
  }

  @Test
  void controlMessagesAreRecordedAsSuchNotAsFeedback() {
    String number = "+254711000003";
    String stopSid = rig.nextSid();
    String startSid = rig.nextSid();
    String feedbackSid = rig.nextSid();
    rig.sms(stopSid, number, "UNSUBSCRIBE");
    rig.sms(startSid, number, "START");
    rig.sms(feedbackSid, number, "stop the corruption at the county offices");
    assertEquals("opt_out", kindOf(stopSid));
    assertEquals("opt_in", kindOf(startSid));
    assertEquals("feedback", kindOf(feedbackSid));
  }

  @Test
  void everyEnglishKeywordOptsOut() {
    int i = 10;
    for (String keyword : new String[] {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "ACHA", "SITISHA"}) {
      String number = "+2547110000" + i++;
      rig.sms(rig.nextSid(), number, keyword);
      assertEquals(1, rig.count("SELECT count(*) FROM contacts c JOIN messages m USING (participant_id) "
          + "WHERE c.opted_out AND m.body = $1", keyword), keyword);
    }
  }

  @Test
  void aRetriedStopIsNotConfirmedTwice() {
    String sid = rig.nextSid();
    assertTrue(rig.sms(sid, "+254711000004", "STOP").body().contains("<Message"));
    assertFalse(rig.sms(sid, "+254711000004", "STOP").body().contains("<Message"));
  }

  private static String kindOf(String sid) {
    return rig.query("SELECT kind FROM messages WHERE provider_sid = $1", sid).iterator().next().getString(0);
  }
}
