-- People who use the reports and the API. Secrets are stored only as bcrypt hashes.
-- An official belongs to exactly one county; other roles to none (they see every county or none).
CREATE TABLE users (
  id            bigserial   PRIMARY KEY,
  name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  role          text        NOT NULL CHECK (role IN ('admin', 'host', 'coder', 'official')),
  county        text,
  password_hash text,                     -- bcrypt; null: the user signs in with an API token instead
  created_at    timestamptz NOT NULL DEFAULT now(),
  disabled_at   timestamptz,
  CONSTRAINT users_official_county CHECK ((role = 'official') = (county IS NOT NULL))
);
CREATE UNIQUE INDEX users_name_key ON users (lower(name));

-- API tokens look like skz_<id>_<secret>. The id is the fast lookup key; only a bcrypt hash of the secret is kept,
-- so a copy of this table gives no working token.
CREATE TABLE api_tokens (
  id          text        PRIMARY KEY,
  user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  secret_hash text        NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- Browser sessions after a login. The cookie carries 256 random bits; the table keeps their SHA-256 only.
CREATE TABLE sessions (
  id_hash    bytea       PRIMARY KEY,
  user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text        NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
