package org.sikiza.reporting.query;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import org.sikiza.reporting.query.RollupFiguresQuery.Result;

/**
 * The same counts as {@link RollupFiguresQuery} for a report on one radio programme or episode, which the rollups
 * do not know: read from the programme's messages through {@code messages_programme_idx} / {@code
 * messages_episode_idx}, so the cost grows with that programme's messages, not with all messages.
 */
public final class MessageFiguresQuery {

  /**
   * $1 programme id, $2 episode id or null, $3 county, $4 start of the previous period, $5 start of the period,
   * $6 end of the period, $7 channel or null. A message counts under its human labels if it has any.
   */
  static final String SCOPE = """
      WITH scope AS (
        SELECT m.id, m.channel, m.participant_id, m.is_other, m.received_at >= $5 AS now,
               coalesce(m.language, '') AS language, coalesce(nullif(m.gender, 'unknown'), '') AS gender,
               coalesce(nullif(m.age_band, 'unknown'), '') AS age_band,
               coalesce(nullif(m.disability, 'unknown'), '') AS disability
        FROM messages m
        WHERE m.programme_id = $1 AND ($2::bigint IS NULL OR m.episode_id = $2)
          AND coalesce(m.county, 'unknown') = $3 AND m.received_at >= $4 AND m.received_at < $6
          AND m.classified_at IS NOT NULL AND ($7::text IS NULL OR m.channel = $7))
      """;

  static final String THEMES = SCOPE + """
      SELECT l.theme, s.channel, count(*) FILTER (WHERE s.now) AS now, count(*) FILTER (WHERE NOT s.now) AS before
      FROM scope s JOIN message_labels l ON l.message_id = s.id
      WHERE l.origin = 'human'
         OR NOT EXISTS (SELECT 1 FROM message_labels h WHERE h.message_id = s.id AND h.origin = 'human')
      GROUP BY l.theme, s.channel""";

  static final String MESSAGES = SCOPE + """
      SELECT channel, count(*) FILTER (WHERE now) AS now, count(*) FILTER (WHERE NOT now) AS before
      FROM scope GROUP BY channel""";

  static final String PARTICIPANTS = SCOPE + """
      SELECT count(DISTINCT participant_id) FILTER (WHERE now) AS now,
             count(DISTINCT participant_id) FILTER (WHERE NOT now) AS before
      FROM scope""";

  static final String PROFILES = SCOPE + """
      SELECT language, gender, age_band, disability,
             GROUPING(language, gender, age_band, disability) AS grouping_set, count(*) AS messages
      FROM scope WHERE now AND NOT is_other
      GROUP BY GROUPING SETS ((language), (gender), (age_band), (disability))""";

  private final Pool pool;

  public MessageFiguresQuery(Pool pool) {
    this.pool = pool;
  }

  public Future<Result> run(ReportScope scope) {
    Tuple params = Tuple.of(scope.programmeId(), scope.episodeId(), scope.county(), scope.previousStart(),
        scope.start(), scope.end(), scope.channel());
    return Future.all(
            CustomPlans.execute(pool, THEMES, params),
            CustomPlans.execute(pool, MESSAGES, params),
            CustomPlans.execute(pool, PARTICIPANTS, params),
            CustomPlans.execute(pool, PROFILES, params))
        .map(all -> {
          PeriodTally now = new PeriodTally();
          PeriodTally before = new PeriodTally();
          for (Row row : all.<RowSet<Row>>resultAt(0)) {
            now.theme(row.getString("theme"), row.getString("channel"), row.getLong("now"));
            before.theme(row.getString("theme"), row.getString("channel"), row.getLong("before"));
          }
          for (Row row : all.<RowSet<Row>>resultAt(1)) {
            now.messages(row.getString("channel"), row.getLong("now"));
            before.messages(row.getString("channel"), row.getLong("before"));
          }
          Row participants = all.<RowSet<Row>>resultAt(2).iterator().next();
          return new Result(now.counts(), before.counts(), participants.getLong("now"),
              participants.getLong("before"), RollupFiguresQuery.profiles(all.resultAt(3)));
        });
  }
}
