-- Inbound messages from every channel, keyed by the provider's id so that a retried webhook stores nothing twice.
CREATE TABLE messages (
  id             bigserial PRIMARY KEY,
  provider_sid   text        NOT NULL,
  channel        text        NOT NULL CHECK (channel IN ('sms', 'voice', 'callin')),
  kind           text        NOT NULL CHECK (kind IN ('feedback', 'opt_out', 'opt_in')),
  line           text        NOT NULL,
  participant_id text,                    -- keyed HMAC of the sender's E.164 number; never the number
  body           text        NOT NULL,
  segments       integer,
  media          jsonb       NOT NULL DEFAULT '[]',
  received_at    timestamptz NOT NULL,
  stored_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT messages_provider_sid_key UNIQUE (provider_sid)
);
CREATE INDEX messages_participant_idx ON messages (participant_id, received_at);
CREATE INDEX messages_received_idx ON messages (received_at);

-- One row per participant whose consent we know; feedback alone creates none.
CREATE TABLE contacts (
  participant_id text PRIMARY KEY,
  opted_out      boolean     NOT NULL DEFAULT false,
  opted_out_at   timestamptz,
  opted_in_at    timestamptz,
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Delivery status callbacks for our outbound messages; each (message, status) pair once.
CREATE TABLE sms_status_events (
  id           bigserial PRIMARY KEY,
  message_sid  text        NOT NULL,
  status       text        NOT NULL,
  known_status boolean     NOT NULL,
  error_code   text,
  received_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT sms_status_events_once UNIQUE (message_sid, status)
);
