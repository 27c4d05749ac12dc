-- County dialogue reports (docs/reports.md): what the rollups of V2 do not already answer.

-- The deployment's time zone, so that the triggers below put a message on the same local day as the rollups of V2
-- (the gateway writes it at start-up: ReportDatabaseSetup).
CREATE TABLE report_settings (
  id        boolean PRIMARY KEY DEFAULT true CHECK (id),
  time_zone text    NOT NULL
);
INSERT INTO report_settings (time_zone) VALUES ('Africa/Nairobi');

-- True when a message counts as OTHER (not feedback) under its effective labels: its human labels when it has any,
-- else its model labels. Kept by the triggers on message_labels below, so breakdowns can leave OTHER out.
ALTER TABLE messages ADD COLUMN is_other boolean NOT NULL DEFAULT false;

-- Feedback messages (not OTHER) by who sent them and how: the breakdowns of a county report. '' = not recorded.
CREATE TABLE profile_rollups (
  county     text    NOT NULL,
  day        date    NOT NULL,
  channel    text    NOT NULL,
  language   text    NOT NULL,
  gender     text    NOT NULL,
  age_band   text    NOT NULL,
  disability text    NOT NULL,
  messages   integer NOT NULL,
  PRIMARY KEY (county, day, channel, language, gender, age_band, disability)
);
CREATE INDEX profile_rollups_day_idx ON profile_rollups (day);

CREATE FUNCTION report_sync_is_other() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE messages m SET is_other = e.other
  FROM (
    SELECT c.message_id,
           CASE WHEN bool_or(l.origin = 'human')
                THEN coalesce(bool_or(l.theme = 'OTHER') FILTER (WHERE l.origin = 'human'), false)
                ELSE coalesce(bool_or(l.theme = 'OTHER'), false) END AS other
    FROM (SELECT DISTINCT message_id FROM changed_labels) c
    LEFT JOIN message_labels l ON l.message_id = c.message_id
    GROUP BY c.message_id
    ORDER BY c.message_id) e
  WHERE m.id = e.message_id AND m.is_other IS DISTINCT FROM e.other;
  RETURN NULL;
END $$;

CREATE TRIGGER message_labels_is_other_insert AFTER INSERT ON message_labels
  REFERENCING NEW TABLE AS changed_labels FOR EACH STATEMENT EXECUTE FUNCTION report_sync_is_other();
CREATE TRIGGER message_labels_is_other_update AFTER UPDATE ON message_labels
  REFERENCING NEW TABLE AS changed_labels FOR EACH STATEMENT EXECUTE FUNCTION report_sync_is_other();
CREATE TRIGGER message_labels_is_other_delete AFTER DELETE ON message_labels
  REFERENCING OLD TABLE AS changed_labels FOR EACH STATEMENT EXECUTE FUNCTION report_sync_is_other();

-- Moves a statement's messages between profile cells: -1 for each old row that counted, +1 for each new one.
-- Rows are applied in key order, like the rollups of V2, so concurrent classifiers lock them in the same order.
CREATE FUNCTION report_profiles_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zone text := (SELECT time_zone FROM report_settings);
BEGIN
  INSERT INTO profile_rollups AS p (county, day, channel, language, gender, age_band, disability, messages)
  SELECT county, day, channel, language, gender, age_band, disability, sum(delta)::int
  FROM (
    SELECT coalesce(o.county, 'unknown') AS county, (o.received_at AT TIME ZONE zone)::date AS day, o.channel,
           coalesce(o.language, '') AS language, coalesce(nullif(o.gender, 'unknown'), '') AS gender,
           coalesce(nullif(o.age_band, 'unknown'), '') AS age_band,
           coalesce(nullif(o.disability, 'unknown'), '') AS disability, -1 AS delta
    FROM old_messages o WHERE o.classified_at IS NOT NULL AND NOT o.is_other
    UNION ALL
    SELECT coalesce(n.county, 'unknown'), (n.received_at AT TIME ZONE zone)::date, n.channel,
           coalesce(n.language, ''), coalesce(nullif(n.gender, 'unknown'), ''),
           coalesce(nullif(n.age_band, 'unknown'), ''), coalesce(nullif(n.disability, 'unknown'), ''), 1
    FROM new_messages n WHERE n.classified_at IS NOT NULL AND NOT n.is_other) d
  GROUP BY county, day, channel, language, gender, age_band, disability
  HAVING sum(delta) <> 0
  ORDER BY county, day, channel, language, gender, age_band, disability
  ON CONFLICT (county, day, channel, language, gender, age_band, disability)
  DO UPDATE SET messages = p.messages + excluded.messages;
  RETURN NULL;
END $$;

CREATE FUNCTION report_profiles_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zone text := (SELECT time_zone FROM report_settings);
BEGIN
  INSERT INTO profile_rollups AS p (county, day, channel, language, gender, age_band, disability, messages)
  SELECT coalesce(o.county, 'unknown'), (o.received_at AT TIME ZONE zone)::date, o.channel,
         coalesce(o.language, ''), coalesce(nullif(o.gender, 'unknown'), ''),
         coalesce(nullif(o.age_band, 'unknown'), ''), coalesce(nullif(o.disability, 'unknown'), ''),
         -count(*)::int
  FROM old_messages o WHERE o.classified_at IS NOT NULL AND NOT o.is_other
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (county, day, channel, language, gender, age_band, disability)
  DO UPDATE SET messages = p.messages + excluded.messages;
  RETURN NULL;
END $$;

-- Messages are stored unclassified and counted when classification (or a coder, or erasure) changes them.
CREATE TRIGGER messages_profiles_update AFTER UPDATE ON messages
  REFERENCING OLD TABLE AS old_messages NEW TABLE AS new_messages
  FOR EACH STATEMENT EXECUTE FUNCTION report_profiles_on_update();
CREATE TRIGGER messages_profiles_delete AFTER DELETE ON messages
  REFERENCING OLD TABLE AS old_messages
  FOR EACH STATEMENT EXECUTE FUNCTION report_profiles_on_delete();

-- Existing data: mark OTHER messages, then count the profiles once.
UPDATE messages m SET is_other = true
WHERE EXISTS (SELECT 1 FROM message_labels l WHERE l.message_id = m.id AND l.theme = 'OTHER'
                AND (l.origin = 'human' OR NOT EXISTS (
                  SELECT 1 FROM message_labels h WHERE h.message_id = m.id AND h.origin = 'human')));
DELETE FROM profile_rollups;
INSERT INTO profile_rollups (county, day, channel, language, gender, age_band, disability, messages)
SELECT coalesce(county, 'unknown'), (received_at AT TIME ZONE (SELECT time_zone FROM report_settings))::date, channel,
       coalesce(language, ''), coalesce(nullif(gender, 'unknown'), ''), coalesce(nullif(age_band, 'unknown'), ''),
       coalesce(nullif(disability, 'unknown'), ''), count(*)::int
FROM messages WHERE classified_at IS NOT NULL AND NOT is_other
GROUP BY 1, 2, 3, 4, 5, 6, 7;

-- Distinct participants over a period are the costliest report figure (one row per person-day): counting a 64-bit
-- hash of the pseudonym, from an index holding nothing else, is about three times faster than counting the text.
-- Two of two million pseudonyms share a hash with a probability near 1e-7: the count would be one short.
ALTER TABLE county_participants
  ADD COLUMN participant_hash bigint GENERATED ALWAYS AS (hashtextextended(participant_id, 0)) STORED;
CREATE INDEX county_participants_hash_idx ON county_participants (county, day) INCLUDE (channel, participant_hash);

-- Quotes and programme reports read one county's messages of a period; reports read rollups by county or by day.
CREATE INDEX messages_county_received_idx ON messages (county, received_at);
CREATE INDEX theme_rollups_county_day_idx ON theme_rollups (county, day) INCLUDE (theme, channel, messages);
CREATE INDEX theme_rollups_day_cover_idx ON theme_rollups (day) INCLUDE (county, theme, channel, messages);
