package org.sikiza.gateway.programmes;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Programmes, their lines and their episodes in PostgreSQL. */
public final class ProgrammeStore {

  private static final String SELECT_PROGRAMMES = """
      SELECT p.id, p.slug, p.name, p.station, p.counties,
             coalesce(array_agg(l.number ORDER BY l.number) FILTER (WHERE l.number IS NOT NULL), '{}') AS numbers
      FROM programmes p LEFT JOIN programme_lines l ON l.programme_id = p.id
      """;

  static final String LIST = SELECT_PROGRAMMES + " GROUP BY p.id ORDER BY p.name, p.id";
  static final String BY_ID = SELECT_PROGRAMMES + " WHERE p.id = $1 GROUP BY p.id";
  static final String BY_SLUG = SELECT_PROGRAMMES + " WHERE p.slug = $1 GROUP BY p.id";

  static final String INSERT = """
      INSERT INTO programmes (slug, name, station, counties) VALUES ($1, $2, $3, $4)
      ON CONFLICT (slug) DO NOTHING RETURNING id""";
  static final String UPDATE = """
      UPDATE programmes SET slug = $2, name = $3, station = $4, counties = $5, updated_at = now()
      WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM programmes other WHERE other.slug = $2 AND other.id <> $1)
      RETURNING id""";
  static final String EXISTS = "SELECT EXISTS (SELECT 1 FROM programmes WHERE id = $1)";
  static final String ADD_LINES = """
      INSERT INTO programme_lines (number, programme_id) SELECT unnest($2::text[]), $1 ON CONFLICT DO NOTHING""";
  static final String REMOVE_OTHER_LINES = "DELETE FROM programme_lines WHERE programme_id = $1 AND number <> ALL ($2::text[])";

  private static final String EPISODE_COLUMNS = "e.id, e.programme_id, e.question, e.starts_at, e.ends_at";
  static final String EPISODES = "SELECT " + EPISODE_COLUMNS + " FROM episodes e WHERE e.programme_id = $1 "
      + "ORDER BY e.starts_at DESC, e.id DESC LIMIT $2";
  static final String EPISODE_BY_ID = "SELECT " + EPISODE_COLUMNS + " FROM episodes e WHERE e.id = $1";
  /** Serialises episode changes of one programme, so that two overlapping episodes cannot both be checked in. */
  static final String LOCK_PROGRAMME = "SELECT id FROM programmes WHERE id = $1 FOR UPDATE";
  static final String OVERLAPPING = """
      SELECT id FROM episodes WHERE programme_id = $1 AND id <> $4
        AND tstzrange(starts_at, ends_at) && tstzrange($2, $3) LIMIT 1""";
  static final String INSERT_EPISODE = """
      INSERT INTO episodes (programme_id, question, starts_at, ends_at) VALUES ($1, $2, $3, $4)
      RETURNING id, programme_id, question, starts_at, ends_at""";
  static final String UPDATE_EPISODE = """
      UPDATE episodes SET question = $3, starts_at = $4, ends_at = $5 WHERE programme_id = $1 AND id = $2
      RETURNING id, programme_id, question, starts_at, ends_at""";
  static final String DELETE_EPISODE = "DELETE FROM episodes WHERE programme_id = $1 AND id = $2";
  /** The same rule as the messages insert trigger: the latest-starting episode on air among the line's programmes. */
  static final String ON_AIR_FOR_LINE = "SELECT " + EPISODE_COLUMNS + """
       FROM episodes e
      WHERE e.programme_id IN (SELECT programme_id FROM programme_lines WHERE number = $1)
        AND $2 >= e.starts_at AND $2 < e.ends_at
      ORDER BY e.starts_at DESC, e.id DESC LIMIT 1""";
  /** On air now, else the one that ended last (the host still watches its counts after the show). */
  static final String CURRENT_OR_LATEST = "SELECT " + EPISODE_COLUMNS + """
       FROM episodes e
      WHERE e.programme_id = $1 AND e.starts_at <= $2
      ORDER BY (e.ends_at > $2) DESC, e.starts_at DESC, e.id DESC LIMIT 1""";

  private final Pool pool;

  public ProgrammeStore(Pool pool) {
    this.pool = pool;
  }

  public Future<List<Programme>> list() {
    return pool.preparedQuery(LIST).execute().map(ProgrammeStore::programmes);
  }

  public Future<Optional<Programme>> byId(long id) {
    return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(rows -> programmes(rows).stream().findFirst());
  }

  /** A programme by numeric id or by slug, as call-ins and polls name it. */
  public Future<Optional<Programme>> byReference(String reference) {
    if (reference.matches("\\d{1,18}")) {
      return byId(Long.parseLong(reference));
    }
    return pool.preparedQuery(BY_SLUG).execute(Tuple.of(reference)).map(rows -> programmes(rows).stream().findFirst());
  }

  /** @return the new programme, or empty when its slug is taken */
  public Future<Optional<Programme>> create(ProgrammeForm form) {
    return pool.withTransaction(conn -> conn.preparedQuery(INSERT)
        .execute(Tuple.of(form.slug(), form.name(), form.station(), form.counties().toArray(String[]::new)))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(Optional.<Long>empty());
          }
          long id = rows.iterator().next().getLong(0);
          return conn.preparedQuery(ADD_LINES).execute(Tuple.of(id, (Object) form.numbers().toArray(String[]::new)))
              .map(done -> Optional.of(id));
        }))
        .compose(id -> id.isEmpty() ? Future.succeededFuture(Optional.empty()) : byId(id.get()));
  }

  /** The outcome of an update: done, no such programme, or the new slug belongs to another one. */
  public enum UpdateOutcome { UPDATED, NOT_FOUND, SLUG_TAKEN }

  public Future<UpdateOutcome> update(long id, ProgrammeForm form) {
    return pool.withTransaction(conn -> conn.preparedQuery(UPDATE)
        .execute(Tuple.of(id, form.slug(), form.name(), form.station(), form.counties().toArray(String[]::new)))
        .compose(rows -> {
          if (rows.size() > 0) {
            String[] numbers = form.numbers().toArray(String[]::new);
            return conn.preparedQuery(REMOVE_OTHER_LINES).execute(Tuple.of(id, (Object) numbers))
                .compose(done -> conn.preparedQuery(ADD_LINES).execute(Tuple.of(id, (Object) numbers)))
                .map(done -> UpdateOutcome.UPDATED);
          }
          return conn.preparedQuery(EXISTS).execute(Tuple.of(id))
              .map(exists -> exists.iterator().next().getBoolean(0) ? UpdateOutcome.SLUG_TAKEN : UpdateOutcome.NOT_FOUND);
        }));
  }

  public Future<List<Episode>> episodes(long programmeId, int limit) {
    return pool.preparedQuery(EPISODES).execute(Tuple.of(programmeId, limit)).map(ProgrammeStore::episodes);
  }

  public Future<Optional<Episode>> episodeById(long episodeId) {
    return pool.preparedQuery(EPISODE_BY_ID).execute(Tuple.of(episodeId)).map(rows -> episodes(rows).stream().findFirst());
  }

  /** What became of an episode write. */
  public sealed interface EpisodeWrite {
    record Written(Episode episode) implements EpisodeWrite {}
    record Overlaps(long otherEpisodeId) implements EpisodeWrite {}
    record Missing() implements EpisodeWrite {}
  }

  /** Adds an episode unless it overlaps another episode of the same programme. */
  public Future<EpisodeWrite> createEpisode(long programmeId, EpisodeForm form) {
    return writeEpisode(programmeId, 0, form, (conn) -> conn.preparedQuery(INSERT_EPISODE)
        .execute(Tuple.of(programmeId, form.question(), form.startsAt(), form.endsAt())));
  }

  public Future<EpisodeWrite> updateEpisode(long programmeId, long episodeId, EpisodeForm form) {
    return writeEpisode(programmeId, episodeId, form, (conn) -> conn.preparedQuery(UPDATE_EPISODE)
        .execute(Tuple.of(programmeId, episodeId, form.question(), form.startsAt(), form.endsAt())));
  }

  private Future<EpisodeWrite> writeEpisode(long programmeId, long episodeId, EpisodeForm form,
      java.util.function.Function<SqlClient, Future<RowSet<Row>>> write) {
    return pool.withTransaction(conn -> conn.preparedQuery(LOCK_PROGRAMME).execute(Tuple.of(programmeId))
        .compose(locked -> {
          if (locked.size() == 0) {
            return Future.succeededFuture(new EpisodeWrite.Missing());
          }
          return conn.preparedQuery(OVERLAPPING).execute(Tuple.of(programmeId, form.startsAt(), form.endsAt(), episodeId))
              .compose(overlapping -> {
                if (overlapping.size() > 0) {
                  return Future.succeededFuture(new EpisodeWrite.Overlaps(overlapping.iterator().next().getLong(0)));
                }
                return write.apply(conn).map(rows -> rows.size() == 0
                    ? new EpisodeWrite.Missing() : new EpisodeWrite.Written(episodes(rows).get(0)));
              });
        }));
  }

  public Future<Boolean> deleteEpisode(long programmeId, long episodeId) {
    return pool.preparedQuery(DELETE_EPISODE).execute(Tuple.of(programmeId, episodeId)).map(rows -> rows.rowCount() > 0);
  }

  /** The episode on air on a line at a time, by the same rule that tags messages. */
  public Future<Optional<Episode>> onAir(String line, OffsetDateTime at) {
    return pool.preparedQuery(ON_AIR_FOR_LINE).execute(Tuple.of(line, at))
        .map(rows -> episodes(rows).stream().findFirst());
  }

  public Future<Optional<Episode>> currentOrLatest(long programmeId, OffsetDateTime now) {
    return pool.preparedQuery(CURRENT_OR_LATEST).execute(Tuple.of(programmeId, now))
        .map(rows -> episodes(rows).stream().findFirst());
  }

  static List<Programme> programmes(RowSet<Row> rows) {
    List<Programme> programmes = new ArrayList<>();
    for (Row row : rows) {
      programmes.add(new Programme(row.getLong("id"), row.getString("slug"), row.getString("name"),
          row.getString("station"), Arrays.asList(row.getArrayOfStrings("counties")),
          Arrays.asList(row.getArrayOfStrings("numbers"))));
    }
    return programmes;
  }

  static List<Episode> episodes(RowSet<Row> rows) {
    List<Episode> episodes = new ArrayList<>();
    for (Row row : rows) {
      episodes.add(new Episode(row.getLong("id"), row.getLong("programme_id"), row.getString("question"),
          row.getOffsetDateTime("starts_at"), row.getOffsetDateTime("ends_at")));
    }
    return episodes;
  }
}
