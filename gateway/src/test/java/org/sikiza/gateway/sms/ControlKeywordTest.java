package org.sikiza.gateway.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlKeywordTest {

  @ParameterizedTest
  @ValueSource(strings = {"STOP", "stop", " Stop ", "STOP.", "stop!", "STOPALL", "UNSUBSCRIBE", "cancel", "End", "QUIT",
      "ACHA", "acha", "Sitisha"})
  void optOutKeywords(String body) {
    assertEquals(Optional.of(MessageKind.OPT_OUT), ControlKeyword.of(body).map(ControlKeyword::kind));
  }

  @ParameterizedTest
  @ValueSource(strings = {"START", "start", "Anza", "ANZA!"})
  void optInKeywords(String body) {
    assertEquals(Optional.of(MessageKind.OPT_IN), ControlKeyword.of(body).map(ControlKeyword::kind));
  }

  @ParameterizedTest
  @ValueSource(strings = {"stop the corruption in our county", "acha kuiba pesa za umma", "please stop", "STOPP",
      "", "anza kazi", "the end of water rationing"})
  void feedbackThatMerelyContainsAKeywordIsFeedback(String body) {
    assertTrue(ControlKeyword.of(body).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ACHA", "SITISHA", "ANZA"})
  void swahiliKeywordsAreAnsweredInSwahili(String body) {
    assertEquals("swa", ControlKeyword.of(body).orElseThrow().language());
  }
}
