package org.sikiza.gateway.programmes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Settings of radio programmes and call-ins: the counties a deployment knows, what hosts may record about a
 * caller, and the programmes, episodes and polls seeded at start-up ({@code config/programmes/programmes.json}).
 */
public record RadioSettings(CountyInput counties, ParticipantAttributes attributes, JsonNode programmeSeeds) {}
