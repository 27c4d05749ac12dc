package org.sikiza.gateway.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reads the demo SMS set packed with the jar, and gives each message a stable Twilio-style sid. */
public final class DemoData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DemoData() {
  }

  public static List<DemoMessage> load() {
    try (InputStream in = DemoData.class.getResourceAsStream("/config/demo/sms.jsonl")) {
      if (in == null) {
        throw new IllegalStateException("config/demo/sms.jsonl is missing from the classpath");
      }
      List<DemoMessage> messages = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          messages.add(JSON.readValue(line, DemoMessage.class));
        }
      }
      return messages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A sid derived from the message's place in the set, so that running the demo again replays the same
   * webhooks (and stores nothing twice) instead of inventing new messages.
   */
  public static String sidFor(int index, DemoMessage message) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((index + "|" + message.from() + "|" + message.body()).getBytes(StandardCharsets.UTF_8));
      String prefix = message.mediaOrEmpty().isEmpty() ? "SM" : "MM";
      return prefix + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
