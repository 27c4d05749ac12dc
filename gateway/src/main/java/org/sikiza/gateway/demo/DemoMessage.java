package org.sikiza.gateway.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.sikiza.gateway.sms.MediaItem;

/** One line of {@code config/demo/sms.jsonl}: an SMS as a community member sent it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DemoMessage(
    @JsonProperty("from") String from,
    @JsonProperty("to") String to,
    @JsonProperty("body") String body,
    @JsonProperty("media") List<MediaItem> media,
    @JsonProperty("minutes_ago") long minutesAgo) {

  public List<MediaItem> mediaOrEmpty() {
    return media == null ? List.of() : media;
  }
}
