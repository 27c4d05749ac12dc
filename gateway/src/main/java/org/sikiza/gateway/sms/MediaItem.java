package org.sikiza.gateway.sms;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One picture, video or audio file attached to an MMS, as Twilio hosts it. */
public record MediaItem(@JsonProperty("url") String url, @JsonProperty("content_type") String contentType) {}
