package org.sikiza.gateway.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.security.RequestValidator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our signer must sign exactly as Twilio does, or the tests that use it would prove nothing. */
class TwilioRequestSignerTest {

  // Twilio's published test vector (twilio-java RequestValidatorTest, Twilio's webhook security docs).
  private static final String TOKEN = "12345";
  private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
  private static final Map<String, String> PARAMS = Map.of(
      "Digits", "1234", "CallSid", "CA1234567890ABCDE", "To", "+18005551212",
      "Caller", "+14158675309", "From", "+14158675309");
  private static final String EXPECTED = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

  @Test
  void signsTwiliosPublishedTestVector() {
    assertEquals(EXPECTED, new TwilioRequestSigner(TOKEN).sign(URL, PARAMS));
  }

  @Test
  void theSdkValidatorAcceptsTheVectorAndRejectsAlterations() {
    RequestValidator validator = new RequestValidator(TOKEN);
    assertTrue(validator.validate(URL, PARAMS, EXPECTED));
    assertFalse(validator.validate(URL.replace("foo=1", "foo=2"), PARAMS, EXPECTED));
    assertFalse(validator.validate("https://evil.example.com/myapp.php?foo=1&bar=2", PARAMS, EXPECTED));
    assertFalse(new RequestValidator("54321").validate(URL, PARAMS, EXPECTED));
  }

  @Test
  void signaturesOfSmsWebhooksValidateWithTheSdk() {
    Map<String, String> params = InboundSmsParams.of("AC00", "SM0123", "+254712000111", "+254700100200",
        "Maji hakuna Kisumu — 100% ya wakati & \"zaidi\"", java.util.List.of());
    String url = "https://sikiza.example.org/twilio/sms";
    String signature = new TwilioRequestSigner("token").sign(url, params);
    assertTrue(new RequestValidator("token").validate(url, params, signature));
  }
}
