package org.sikiza.gateway.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The one JSON shape of every error answer: {@code {"error_code", "error", "message", "validation_errors"}}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(
    @JsonProperty("error_code") int errorCode,
    @JsonProperty("error") String error,
    @JsonProperty("message") String message,
    @JsonProperty("validation_errors") List<String> validationErrors) {}
