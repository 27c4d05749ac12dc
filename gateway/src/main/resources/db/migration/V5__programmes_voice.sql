-- Radio programmes, their episodes and phone lines; voice recordings and their transcription state;
-- missed-call and keypad polls; the outbound SMS queue. See docs/voice.md.

CREATE TABLE programmes (
  id         bigserial PRIMARY KEY,
  slug       text        NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name       text        NOT NULL,
  station    text        NOT NULL,
  counties   text[]      NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT programmes_slug_key UNIQUE (slug)
);

-- A station's number may serve several of its programmes (at different hours): the episode on air decides.
CREATE TABLE programme_lines (
  number       text   NOT NULL,
  programme_id bigint NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  PRIMARY KEY (number, programme_id)
);

CREATE TABLE episodes (
  id           bigserial PRIMARY KEY,
  programme_id bigint      NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  question     text        NOT NULL,
  starts_at    timestamptz NOT NULL,
  ends_at      timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT episodes_window_check CHECK (ends_at > starts_at),
  CONSTRAINT episodes_programme_start_key UNIQUE (programme_id, starts_at)
);

ALTER TABLE messages
  ADD CONSTRAINT messages_programme_fk FOREIGN KEY (programme_id) REFERENCES programmes (id) ON DELETE SET NULL,
  ADD CONSTRAINT messages_episode_fk FOREIGN KEY (episode_id) REFERENCES episodes (id) ON DELETE SET NULL;
-- Live counts per episode, and the foreign keys' ON DELETE, read messages by episode and programme.
CREATE INDEX messages_episode_idx ON messages (episode_id) WHERE episode_id IS NOT NULL;
CREATE INDEX messages_programme_idx ON messages (programme_id) WHERE programme_id IS NOT NULL;

-- A county a person declared rather than one the classifier inferred: chosen by a caller on the phone menu
-- ('caller') or recorded by a radio host for a call-in ('host').
ALTER TABLE messages DROP CONSTRAINT messages_county_source_check;
ALTER TABLE messages ADD CONSTRAINT messages_county_source_check
  CHECK (county_source IN ('message', 'sender', 'line', 'caller', 'host'));

-- What a person declared about a message before it was stored: a caller's keypad county, a host's notes on a
-- call-in, the programme it answers. Written first, keyed by the provider sid the message will have; the insert
-- trigger below copies it onto the message. Every channel keeps the one insert path (MessageStore), and a
-- message replayed from the spool later still gets its context. Kept afterwards: who declared what.
CREATE TABLE message_declarations (
  provider_sid  text        PRIMARY KEY,
  county        text,
  county_source text        CHECK (county_source IN ('caller', 'host')),
  gender        text,
  age_band      text,
  disability    text        CHECK (disability IN ('yes', 'no', 'unknown')),
  language      text,
  programme_id  bigint      REFERENCES programmes (id) ON DELETE SET NULL,
  episode_id    bigint      REFERENCES episodes (id) ON DELETE SET NULL,
  declared_by   text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT message_declarations_county_source CHECK ((county IS NULL) = (county_source IS NULL))
);

-- One place for every channel: a message takes what was declared for it, then the programme and episode of the
-- line it came in on at the time it was received. SMS never has declarations, so its hot path skips that lookup.
CREATE FUNCTION messages_fill_context() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  declared     message_declarations%ROWTYPE;
  line_serves  bigint[];
  on_air       record;
BEGIN
  IF NEW.channel <> 'sms' THEN
    SELECT * INTO declared FROM message_declarations WHERE provider_sid = NEW.provider_sid;
    IF FOUND THEN
      IF NEW.county IS NULL AND declared.county IS NOT NULL THEN
        NEW.county := declared.county;
        NEW.county_source := declared.county_source;
      END IF;
      NEW.gender := coalesce(NEW.gender, declared.gender);
      NEW.age_band := coalesce(NEW.age_band, declared.age_band);
      NEW.disability := coalesce(NEW.disability, declared.disability);
      NEW.language := coalesce(NEW.language, declared.language);
      NEW.programme_id := coalesce(NEW.programme_id, declared.programme_id);
      NEW.episode_id := coalesce(NEW.episode_id, declared.episode_id);
    END IF;
  END IF;
  IF NEW.episode_id IS NOT NULL THEN
    IF NEW.programme_id IS NULL THEN
      SELECT programme_id INTO NEW.programme_id FROM episodes WHERE id = NEW.episode_id;
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.programme_id IS NOT NULL THEN
    line_serves := ARRAY[NEW.programme_id];
  ELSE
    SELECT array_agg(programme_id) INTO line_serves FROM programme_lines WHERE number = NEW.line;
    IF line_serves IS NULL THEN
      RETURN NEW; -- most SMS: a line no programme uses
    END IF;
  END IF;
  SELECT e.id, e.programme_id INTO on_air
  FROM episodes e
  WHERE e.programme_id = ANY (line_serves) AND NEW.received_at >= e.starts_at AND NEW.received_at < e.ends_at
  ORDER BY e.starts_at DESC, e.id DESC
  LIMIT 1;
  IF FOUND THEN
    NEW.episode_id := on_air.id;
    NEW.programme_id := on_air.programme_id;
  ELSIF cardinality(line_serves) = 1 THEN
    -- No episode on air: the line still names its programme when it serves only one.
    NEW.programme_id := line_serves[1];
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER messages_fill_context BEFORE INSERT ON messages
  FOR EACH ROW EXECUTE FUNCTION messages_fill_context();

CREATE INDEX episodes_on_air_idx ON episodes (programme_id, starts_at, ends_at);
CREATE INDEX programme_lines_programme_idx ON programme_lines (programme_id);

-- A caller's recorded message, from the recording callback until it has a transcript (then it is a message,
-- channel 'voice', provider_sid = recording_sid). No phone number: the caller is a pseudonym.
CREATE TABLE voice_recordings (
  recording_sid     text        PRIMARY KEY,
  call_sid          text        NOT NULL,
  line              text        NOT NULL,
  participant_id    text        NOT NULL,
  language          text        NOT NULL,
  county            text,
  called_at         timestamptz NOT NULL,
  recording_url     text,
  duration_seconds  integer,
  -- requested: Twilio is transcribing; not_requested: a language Twilio cannot transcribe; failed: Twilio could
  -- not; completed: Twilio's transcript is the message; typed: a person's transcript is; absent: no audio.
  transcription     text        NOT NULL
    CHECK (transcription IN ('requested', 'not_requested', 'failed', 'completed', 'typed', 'absent')),
  transcription_sid text,
  transcribed_by    text,
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX voice_recordings_waiting_idx ON voice_recordings (called_at)
  WHERE transcription IN ('requested', 'not_requested', 'failed');

-- Polls: answered on a keypad during a call, or by a missed call to the number an option stands for.
CREATE TABLE polls (
  id           bigserial PRIMARY KEY,
  slug         text        NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  question     text        NOT NULL,
  programme_id bigint      REFERENCES programmes (id) ON DELETE CASCADE,
  episode_id   bigint      REFERENCES episodes (id) ON DELETE SET NULL,
  opens_at     timestamptz NOT NULL,
  closes_at    timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT polls_slug_key UNIQUE (slug),
  CONSTRAINT polls_window_check CHECK (closes_at > opens_at)
);
CREATE INDEX polls_programme_idx ON polls (programme_id, opens_at);

CREATE TABLE poll_options (
  poll_id  bigint   NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
  position smallint NOT NULL CHECK (position BETWEEN 1 AND 9),
  label    text     NOT NULL,
  number   text,
  PRIMARY KEY (poll_id, position)
);
CREATE INDEX poll_options_number_idx ON poll_options (number) WHERE number IS NOT NULL;

-- One vote per caller per poll: the first one counts.
CREATE TABLE poll_votes (
  poll_id        bigint      NOT NULL,
  participant_id text        NOT NULL,
  position       smallint    NOT NULL,
  method         text        NOT NULL CHECK (method IN ('missed_call', 'keypad', 'speech')),
  call_sid       text        NOT NULL,
  voted_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (poll_id, participant_id),
  FOREIGN KEY (poll_id, position) REFERENCES poll_options (poll_id, position) ON DELETE CASCADE
);

-- Outbound SMS waiting for, or past, Twilio's REST API. The recipient's number exists only sealed (AES-GCM,
-- keyed from SIKIZA_SECRET) while the message can still be sent, and is wiped as soon as it cannot.
CREATE TABLE outbound_sms (
  id               bigserial PRIMARY KEY,
  dedupe_key       text        NOT NULL,
  purpose          text        NOT NULL,
  participant_id   text        NOT NULL,
  sender           text        NOT NULL,
  recipient_sealed bytea,
  body             text        NOT NULL,
  -- queued -> claimed -> sending -> sent | failed | unknown; queued/claimed -> cancelled (opted out) | failed
  -- (expired); claimed -> queued when a worker died before sending; sending -> queued on a transient error.
  status           text        NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'claimed', 'sending', 'sent', 'failed', 'cancelled', 'unknown')),
  attempts         integer     NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  lease_until      timestamptz,
  provider_sid     text,
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT outbound_sms_dedupe_key UNIQUE (dedupe_key),
  CONSTRAINT outbound_sms_number_only_while_sendable
    CHECK (status IN ('queued', 'claimed', 'sending') OR recipient_sealed IS NULL)
);
CREATE INDEX outbound_sms_due_idx ON outbound_sms (next_attempt_at, id) WHERE status = 'queued';
CREATE INDEX outbound_sms_leased_idx ON outbound_sms (lease_until) WHERE status IN ('claimed', 'sending');

-- Per-sender pacing shared by every gateway instance: each send reserves the sender's next free slot.
CREATE TABLE outbound_sender_slots (
  sender    text        PRIMARY KEY,
  next_slot timestamptz NOT NULL
);
