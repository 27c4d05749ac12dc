package org.sikiza.gateway.callins;

import java.time.OffsetDateTime;

/**
 * A call taken on air, as a host logged it, validated. Only {@code text} is required; the rest is what the host
 * could note about the caller. Values are the configured ones (county keys, gender and age-band values).
 *
 * @param programme  id or slug, or null
 * @param episodeId  the episode it answers, or null (then the programme's episode on air at {@code receivedAt})
 * @param receivedAt when the call was taken; null for now
 */
public record Callin(String text, String county, String gender, String ageBand, String disability, String language,
    String programme, Long episodeId, OffsetDateTime receivedAt) {}
