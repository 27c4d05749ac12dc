package org.sikiza.gateway.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

class InboundSmsFormTest {

  private static MultiMap form(String... pairs) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < pairs.length; i += 2) {
      form.add(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  @Test
  void readsAPlainSms() {
    InboundSmsForm sms = InboundSmsForm.parse(form("MessageSid", "SM1", "From", "+254712000111", "To", "22555",
        "Body", "hakuna maji", "NumSegments", "1", "NumMedia", "0", "SomeNewTwilioField", "x"));
    assertEquals("hakuna maji", sms.body());
    assertEquals(1, sms.segments());
    assertTrue(sms.media().isEmpty());
  }

  @Test
  void anMmsMayHaveAnEmptyBodyAndKeepsItsMedia() {
    InboundSmsForm mms = InboundSmsForm.parse(form("MessageSid", "MM1", "From", "+254712000111", "To", "22555",
        "Body", "", "NumMedia", "2", "MediaUrl0", "https://api.twilio.com/m/ME0", "MediaContentType0", "image/jpeg",
        "MediaUrl1", "https://api.twilio.com/m/ME1", "MediaContentType1", "video/mp4"));
    assertEquals("", mms.body());
    assertEquals(List.of(new MediaItem("https://api.twilio.com/m/ME0", "image/jpeg"),
        new MediaItem("https://api.twilio.com/m/ME1", "video/mp4")), mms.media());
    assertNull(mms.segments());
  }

  @Test
  void namesEveryMissingField() {
    ApiException error = assertThrows(ApiException.class, () -> InboundSmsForm.parse(form("Body", "hi")));
    assertEquals(ErrorType.BAD_REQUEST, error.type());
    assertEquals(List.of("MessageSid is required", "From is required", "To is required"), error.validationErrors());
  }

  @Test
  void anEmptyBodyWithoutMediaIsRejected() {
    ApiException error = assertThrows(ApiException.class, () -> InboundSmsForm.parse(
        form("MessageSid", "SM1", "From", "+254712000111", "To", "22555", "Body", "", "NumMedia", "0")));
    assertTrue(error.getMessage().contains("Body is required"), error.getMessage());
  }

  @Test
  void malformedCountsAndMissingMediaUrlsAreNamed() {
    ApiException error = assertThrows(ApiException.class, () -> InboundSmsForm.parse(form("MessageSid", "SM1",
        "From", "+254712000111", "To", "22555", "Body", "x", "NumMedia", "1", "NumSegments", "many")));
    assertEquals(List.of("NumSegments must be a whole number from 1 to 100", "MediaUrl0 is required when NumMedia is 1"),
        error.validationErrors());
    ApiException tooMany = assertThrows(ApiException.class, () -> InboundSmsForm.parse(form("MessageSid", "SM1",
        "From", "+254712000111", "To", "22555", "Body", "x", "NumMedia", "-1")));
    assertEquals(List.of("NumMedia must be a whole number from 0 to 10"), tooMany.validationErrors());
  }

  @Test
  void rejectsSidsThatAreNotSidsAndBodiesPostgresCannotHold() {
    assertThrows(ApiException.class, () -> InboundSmsForm.parse(
        form("MessageSid", "SM1'; drop table", "From", "+254712000111", "To", "22555", "Body", "x")));
    ApiException nul = assertThrows(ApiException.class, () -> InboundSmsForm.parse(
        form("MessageSid", "SM1", "From", "+254712000111", "To", "22555", "Body", "a\0b")));
    assertEquals(List.of("Body must not contain NUL characters"), nul.validationErrors());
  }
}
