package org.sikiza.gateway.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A TwiML answer, parsed as Twilio parses it, with the parts a call follows. */
record Twiml(String xml, Element response) {

  static Twiml of(Answer answer) {
    assertEquals(200, answer.status(), answer.body());
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder()
          .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
      Element root = document.getDocumentElement();
      assertEquals("Response", root.getTagName(), answer.body());
      return new Twiml(answer.body(), root);
    } catch (Exception e) {
      throw new AssertionError("not TwiML: " + answer.body(), e);
    }
  }

  /** The verbs of the response, in order (tag names). */
  List<String> verbs() {
    List<String> verbs = new ArrayList<>();
    NodeList children = response.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element element) {
        verbs.add(element.getTagName());
      }
    }
    return verbs;
  }

  Element first(String tag) {
    NodeList found = response.getElementsByTagName(tag);
    assertNotNull(found.item(0), "no <" + tag + "> in " + xml);
    return (Element) found.item(0);
  }

  boolean has(String tag) {
    return response.getElementsByTagName(tag).getLength() > 0;
  }

  Element gather() {
    return first("Gather");
  }

  String gatherAction() {
    return gather().getAttribute("action");
  }

  Element record() {
    return first("Record");
  }

  String redirect() {
    return first("Redirect").getTextContent().trim();
  }

  /** Everything the caller hears, joined. */
  String spoken() {
    StringBuilder text = new StringBuilder();
    NodeList says = response.getElementsByTagName("Say");
    for (int i = 0; i < says.getLength(); i++) {
      Node say = says.item(i);
      text.append(say.getTextContent()).append(' ');
    }
    return text.toString().trim();
  }
}
