-- What the classifier decided for each message, and the county it speaks for.
ALTER TABLE messages
  ADD COLUMN language      text,
  ADD COLUMN county        text,
  ADD COLUMN county_source text CHECK (county_source IN ('message', 'sender', 'line')),
  ADD COLUMN review        boolean NOT NULL DEFAULT false,
  ADD COLUMN model_version text,
  ADD COLUMN classified_at timestamptz,
  -- Radio: the programme and episode a message answers (tables and foreign keys come with programmes).
  ADD COLUMN programme_id  bigint,
  ADD COLUMN episode_id    bigint,
  -- What a host may record about a caller on air; never asked of SMS senders.
  ADD COLUMN gender        text,
  ADD COLUMN age_band      text,
  ADD COLUMN disability    text CHECK (disability IN ('yes', 'no', 'unknown'));

-- Feedback waiting for classification. Workers of any gateway instance claim rows with FOR UPDATE SKIP LOCKED
-- and delete them in the transaction that stores the labels.
CREATE TABLE classification_queue (
  message_id bigint PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
  queued_at  timestamptz NOT NULL DEFAULT now()
);

-- Theme labels: by the model (with score and model version) or by a human coder. A message counts under its
-- human labels when it has any, else under its model labels.
CREATE TABLE message_labels (
  message_id    bigint      NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  theme         text        NOT NULL,
  origin        text        NOT NULL CHECK (origin IN ('model', 'human')),
  score         real,
  model_version text,
  labelled_by   text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (message_id, origin, theme)
);
CREATE INDEX message_labels_theme_idx ON message_labels (theme);

-- Counts kept in the same transaction as the labels, so reports never scan all messages.
-- county is 'unknown' when no county could be worked out; day is the deployment's local day.
CREATE TABLE theme_rollups (
  county   text    NOT NULL,
  theme    text    NOT NULL,
  day      date    NOT NULL,
  channel  text    NOT NULL,
  messages integer NOT NULL,
  PRIMARY KEY (county, theme, day, channel)
);
CREATE INDEX theme_rollups_day_idx ON theme_rollups (day);

CREATE TABLE message_rollups (
  county   text    NOT NULL,
  day      date    NOT NULL,
  channel  text    NOT NULL,
  messages integer NOT NULL,
  PRIMARY KEY (county, day, channel)
);
CREATE INDEX message_rollups_day_idx ON message_rollups (day);

-- Who spoke for which county on which day: distinct participants over any period, without scanning messages.
CREATE TABLE county_participants (
  county         text NOT NULL,
  day            date NOT NULL,
  channel        text NOT NULL,
  participant_id text NOT NULL,
  PRIMARY KEY (county, day, channel, participant_id)
);

-- A sender's last county named in a message: the fallback for their messages that name none.
ALTER TABLE contacts
  ADD COLUMN last_county    text,
  ADD COLUMN last_county_at timestamptz;

INSERT INTO classification_queue (message_id) SELECT id FROM messages WHERE kind = 'feedback';
