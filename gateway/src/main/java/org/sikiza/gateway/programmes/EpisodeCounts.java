package org.sikiza.gateway.programmes;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.sikiza.classifier.theme.Theme;
import org.sikiza.classifier.theme.ThemeTaxonomy;

/**
 * Live counts for one episode, for the host console: messages by channel, how many are classified, messages per
 * theme (human labels where a coder gave any, else the model's, as in reports), and recordings still waiting for
 * a transcript. Counts only; no message text leaves this query.
 */
public final class EpisodeCounts {

  static final String BY_CHANNEL = """
      SELECT channel, count(*) AS messages, count(classified_at) AS classified
      FROM messages WHERE episode_id = $1 AND kind = 'feedback' GROUP BY channel ORDER BY channel""";

  static final String BY_THEME = """
      SELECT l.theme, count(DISTINCT l.message_id) AS messages
      FROM messages m JOIN message_labels l ON l.message_id = m.id
      WHERE m.episode_id = $1 AND m.kind = 'feedback'
        AND (l.origin = 'human'
             OR NOT EXISTS (SELECT 1 FROM message_labels h WHERE h.message_id = m.id AND h.origin = 'human'))
      GROUP BY l.theme ORDER BY messages DESC, l.theme""";

  static final String WAITING_FOR_TRANSCRIPT = """
      SELECT count(*) FROM voice_recordings r
      WHERE r.transcription IN ('requested', 'not_requested', 'failed')
        AND r.called_at >= $2 AND r.called_at < $3
        AND r.line IN (SELECT number FROM programme_lines WHERE programme_id = $1)""";

  private final Pool pool;
  private final ThemeTaxonomy taxonomy;

  public EpisodeCounts(Pool pool, ThemeTaxonomy taxonomy) {
    this.pool = pool;
    this.taxonomy = taxonomy;
  }

  public Future<JsonObject> countsFor(Episode episode) {
    Future<JsonObject> channels = pool.preparedQuery(BY_CHANNEL).execute(Tuple.of(episode.id())).map(rows -> {
      JsonObject byChannel = new JsonObject();
      long messages = 0;
      long classified = 0;
      for (Row row : rows) {
        byChannel.put(row.getString("channel"), row.getLong("messages"));
        messages += row.getLong("messages");
        classified += row.getLong("classified");
      }
      return new JsonObject().put("messages", messages).put("classified", classified).put("by_channel", byChannel);
    });
    Future<JsonArray> themes = pool.preparedQuery(BY_THEME).execute(Tuple.of(episode.id())).map(rows -> {
      JsonArray list = new JsonArray();
      for (Row row : rows) {
        String code = row.getString("theme");
        Theme theme = taxonomy.theme(code).orElse(null);
        list.add(new JsonObject().put("code", code)
            .put("name", theme == null ? code : theme.nameEn())
            .put("name_sw", theme == null ? code : theme.nameSw())
            .put("colour", theme == null ? "#888888" : theme.colour())
            .put("messages", row.getLong("messages")));
      }
      return list;
    });
    Future<Long> waiting = pool.preparedQuery(WAITING_FOR_TRANSCRIPT)
        .execute(Tuple.of(episode.programmeId(), episode.startsAt(), episode.endsAt()))
        .map(rows -> rows.iterator().next().getLong(0));
    return Future.all(channels, themes, waiting).map(all -> channels.result()
        .put("themes", themes.result())
        .put("awaiting_transcription", waiting.result()));
  }
}
