package org.sikiza.gateway.polls;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Polls, their options and votes in PostgreSQL. A caller's first vote in a poll is the one that counts. */
public final class PollStore {

  private static final String SELECT_POLLS = """
      SELECT p.id, p.slug, p.question, p.programme_id, p.episode_id, p.opens_at, p.closes_at,
             o.position, o.label, o.number
      FROM polls p JOIN poll_options o ON o.poll_id = p.id
      """;
  static final String LIST = SELECT_POLLS + " ORDER BY p.opens_at DESC, p.id DESC, o.position LIMIT 900";
  static final String BY_ID = SELECT_POLLS + " WHERE p.id = $1 ORDER BY o.position";
  /** The poll a programme's callers are asked now: open, with the episode-specific one first. */
  static final String OPEN_FOR_LINE = SELECT_POLLS + """
       WHERE p.id = (
         SELECT p2.id FROM polls p2
         WHERE p2.programme_id IN (SELECT programme_id FROM programme_lines WHERE number = $1)
           AND $2 >= p2.opens_at AND $2 < p2.closes_at
         ORDER BY (p2.episode_id IS NOT NULL) DESC, p2.opens_at DESC, p2.id DESC LIMIT 1)
      ORDER BY o.position""";

  static final String PROGRAMME_ID = "SELECT id FROM programmes WHERE slug = $1 OR id::text = $1";
  static final String EPISODE_PROGRAMME = "SELECT programme_id FROM episodes WHERE id = $1";
  /**
   * A missed-call number must not be a programme's line (its callers would be rejected) nor serve two polls open at
   * once. A poll of the same slug is not a clash: creating it again is refused as a taken slug.
   */
  static final String NUMBER_CLASHES = """
      SELECT number, 'is a programme line' AS reason FROM programme_lines WHERE number = ANY($1::text[])
      UNION ALL
      SELECT o.number, 'stands for an option of poll ' || p.slug || ' in an overlapping window'
      FROM poll_options o JOIN polls p ON p.id = o.poll_id
      WHERE o.number = ANY($1::text[]) AND p.slug <> $4
        AND tstzrange(p.opens_at, p.closes_at) && tstzrange($2, $3)""";
  static final String INSERT = """
      INSERT INTO polls (slug, question, programme_id, episode_id, opens_at, closes_at) VALUES ($1, $2, $3, $4, $5, $6)
      ON CONFLICT (slug) DO NOTHING RETURNING id""";
  static final String INSERT_OPTIONS = """
      INSERT INTO poll_options (poll_id, position, label, number)
      SELECT $1, * FROM unnest($2::smallint[], $3::text[], $4::text[])""";

  static final String RESULTS = """
      SELECT o.position, count(v.participant_id) AS votes,
             count(v.participant_id) FILTER (WHERE v.method = 'missed_call') AS missed_calls
      FROM poll_options o LEFT JOIN poll_votes v ON v.poll_id = o.poll_id AND v.position = o.position
      WHERE o.poll_id = $1 GROUP BY o.position ORDER BY o.position""";

  /**
   * Counts a missed call to an option's number, once per caller per poll, in one round trip. No row: the number
   * is no poll's. {@code open} is false when the poll the number belongs to is closed (nothing is counted).
   */
  static final String MISSED_CALL_VOTE = """
      WITH target AS (
        SELECT o.poll_id, o.position, (now() >= p.opens_at AND now() < p.closes_at) AS open
        FROM poll_options o JOIN polls p ON p.id = o.poll_id
        WHERE o.number = $1
        ORDER BY (now() >= p.opens_at AND now() < p.closes_at) DESC, p.opens_at DESC
        LIMIT 1),
      vote AS (
        INSERT INTO poll_votes (poll_id, participant_id, position, method, call_sid)
        SELECT poll_id, $2, position, 'missed_call', $3 FROM target WHERE open
        ON CONFLICT (poll_id, participant_id) DO NOTHING
        RETURNING poll_id)
      SELECT target.poll_id, target.position, target.open, EXISTS (SELECT 1 FROM vote) AS counted FROM target""";

  /** Counts only an option the poll has, while it is open. */
  static final String KEYPAD_VOTE = """
      INSERT INTO poll_votes (poll_id, participant_id, position, method, call_sid)
      SELECT o.poll_id, $2, o.position, $4, $5
      FROM poll_options o JOIN polls p ON p.id = o.poll_id
      WHERE o.poll_id = $1 AND o.position = $3 AND now() >= p.opens_at AND now() < p.closes_at
      ON CONFLICT (poll_id, participant_id) DO NOTHING""";

  private final Pool pool;

  public PollStore(Pool pool) {
    this.pool = pool;
  }

  /** What a missed call to a number did. */
  public enum MissedCall { NOT_A_POLL_NUMBER, COUNTED, ALREADY_VOTED, CLOSED }

  /** The outcome of a missed call, with the poll it concerned (0 when none). */
  public record MissedCallVote(MissedCall outcome, long pollId, int position) {}

  public Future<MissedCallVote> missedCall(String number, String participantId, String callSid) {
    return pool.preparedQuery(MISSED_CALL_VOTE).execute(Tuple.of(number, participantId, callSid)).map(rows -> {
      if (rows.size() == 0) {
        return new MissedCallVote(MissedCall.NOT_A_POLL_NUMBER, 0, 0);
      }
      Row row = rows.iterator().next();
      MissedCall outcome = !row.getBoolean("open") ? MissedCall.CLOSED
          : row.getBoolean("counted") ? MissedCall.COUNTED : MissedCall.ALREADY_VOTED;
      return new MissedCallVote(outcome, row.getLong("poll_id"), row.getInteger("position"));
    });
  }

  /** @return true when the vote counted (the poll is open and the caller had not voted in it) */
  public Future<Boolean> keypadVote(long pollId, String participantId, int position, String method, String callSid) {
    return pool.preparedQuery(KEYPAD_VOTE).execute(Tuple.of(pollId, participantId, position, method, callSid))
        .map(rows -> rows.rowCount() > 0);
  }

  public Future<Optional<Poll>> openForLine(String line, OffsetDateTime at) {
    return pool.preparedQuery(OPEN_FOR_LINE).execute(Tuple.of(line, at)).map(rows -> polls(rows).stream().findFirst());
  }

  public Future<List<Poll>> list() {
    return pool.preparedQuery(LIST).execute().map(PollStore::polls);
  }

  public Future<Optional<Poll>> byId(long id) {
    return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(rows -> polls(rows).stream().findFirst());
  }

  /** Votes per option: {@code [{"position", "votes", "missed_calls"}]}. */
  public Future<JsonArray> results(long pollId) {
    return pool.preparedQuery(RESULTS).execute(Tuple.of(pollId)).map(rows -> {
      JsonArray results = new JsonArray();
      for (Row row : rows) {
        results.add(new JsonObject().put("position", row.getInteger("position")).put("votes", row.getLong("votes"))
            .put("missed_calls", row.getLong("missed_calls")));
      }
      return results;
    });
  }

  /** What became of a poll creation. */
  public sealed interface Creation {
    record Created(Poll poll) implements Creation {}
    record Refused(List<String> problems) implements Creation {}
    record SlugTaken() implements Creation {}
  }

  public Future<Creation> create(PollForm form) {
    String[] numbers = form.options().stream().map(PollOption::number).filter(n -> n != null).toArray(String[]::new);
    return pool.withTransaction(conn -> programmeOf(conn, form).compose(programme -> {
      List<String> problems = new ArrayList<>();
      if (form.programme() != null && programme.programmeId().isEmpty()) {
        problems.add("programme '" + form.programme() + "' does not exist");
      }
      if (form.episodeId() != null && !programme.episodeExists()) {
        problems.add("episode " + form.episodeId() + " does not exist");
      }
      return conn.preparedQuery(NUMBER_CLASHES).execute(Tuple.of(numbers, form.opensAt(), form.closesAt(), form.slug()))
          .compose(clashes -> {
            for (Row clash : clashes) {
              problems.add("number " + clash.getString("number") + " " + clash.getString("reason"));
            }
            if (!problems.isEmpty()) {
              return Future.succeededFuture((Creation) new Creation.Refused(problems));
            }
            Long programmeId = programme.programmeId().orElse(null);
            return conn.preparedQuery(INSERT).execute(Tuple.of(form.slug(), form.question(), programmeId,
                    form.episodeId(), form.opensAt(), form.closesAt()))
                .compose(rows -> {
                  if (rows.size() == 0) {
                    return Future.succeededFuture((Creation) new Creation.SlugTaken());
                  }
                  long id = rows.iterator().next().getLong(0);
                  return conn.preparedQuery(INSERT_OPTIONS).execute(Tuple.of(id,
                          form.options().stream().map(o -> (short) o.position()).toArray(Short[]::new),
                          form.options().stream().map(PollOption::label).toArray(String[]::new),
                          form.options().stream().map(PollOption::number).toArray(String[]::new)))
                      .map(done -> (Creation) new Creation.Created(new Poll(id, form.slug(), form.question(),
                          programmeId, form.episodeId(), form.opensAt(), form.closesAt(), form.options())));
                });
          });
    }));
  }

  private record Owner(Optional<Long> programmeId, boolean episodeExists) {}

  /** The programme a poll belongs to (the one named, else its episode's), and whether its episode exists. */
  private static Future<Owner> programmeOf(SqlConnection conn, PollForm form) {
    Future<Optional<Long>> episodeProgramme = form.episodeId() == null ? Future.succeededFuture(Optional.empty())
        : conn.preparedQuery(EPISODE_PROGRAMME).execute(Tuple.of(form.episodeId()))
            .map(rows -> rows.size() == 0 ? Optional.<Long>empty() : Optional.of(rows.iterator().next().getLong(0)));
    return episodeProgramme.compose(ofEpisode -> {
      if (form.programme() == null) {
        return Future.succeededFuture(new Owner(ofEpisode, ofEpisode.isPresent()));
      }
      return conn.preparedQuery(PROGRAMME_ID).execute(Tuple.of(form.programme()))
          .map(rows -> new Owner(rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong(0)),
              ofEpisode.isPresent()));
    });
  }

  static List<Poll> polls(RowSet<Row> rows) {
    Map<Long, List<Row>> byPoll = new LinkedHashMap<>();
    for (Row row : rows) {
      byPoll.computeIfAbsent(row.getLong("id"), id -> new ArrayList<>()).add(row);
    }
    List<Poll> polls = new ArrayList<>();
    byPoll.forEach((id, pollRows) -> {
      Row first = pollRows.get(0);
      List<PollOption> options = pollRows.stream()
          .map(row -> new PollOption(row.getInteger("position"), row.getString("label"), row.getString("number")))
          .toList();
      polls.add(new Poll(id, first.getString("slug"), first.getString("question"), first.getLong("programme_id"),
          first.getLong("episode_id"), first.getOffsetDateTime("opens_at"), first.getOffsetDateTime("closes_at"),
          options));
    });
    return polls;
  }
}
