// The embedded ledger's tables. Amounts are NUMERIC without a scale limit so any integer fits; times are
// timestamptz. Indexes serve the dashboard's hot paths: newest-first lists, by ledger, by owner, and a
// balance's transactions (source or destination).
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS ledgers (
  ledger_id  text PRIMARY KEY,
  name       text,
  created_at timestamptz NOT NULL DEFAULT now(),
  meta_data  jsonb
);

CREATE TABLE IF NOT EXISTS identities (
  identity_id       text PRIMARY KEY,
  identity_type     text NOT NULL DEFAULT '',
  organization_name text NOT NULL DEFAULT '',
  category          text NOT NULL DEFAULT '',
  first_name        text NOT NULL DEFAULT '',
  last_name         text NOT NULL DEFAULT '',
  other_names       text NOT NULL DEFAULT '',
  gender            text NOT NULL DEFAULT '',
  email_address     text NOT NULL DEFAULT '',
  phone_number      text NOT NULL DEFAULT '',
  nationality       text NOT NULL DEFAULT '',
  street            text NOT NULL DEFAULT '',
  country           text NOT NULL DEFAULT '',
  state             text NOT NULL DEFAULT '',
  post_code         text NOT NULL DEFAULT '',
  city              text NOT NULL DEFAULT '',
  dob               timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  meta_data         jsonb
);

CREATE TABLE IF NOT EXISTS balances (
  balance_id              text PRIMARY KEY,
  ledger_id               text NOT NULL REFERENCES ledgers (ledger_id),
  identity_id             text REFERENCES identities (identity_id),
  indicator               text,
  currency                text NOT NULL,
  balance                 numeric NOT NULL DEFAULT 0,
  credit_balance          numeric NOT NULL DEFAULT 0,
  debit_balance           numeric NOT NULL DEFAULT 0,
  inflight_balance        numeric NOT NULL DEFAULT 0,
  inflight_credit_balance numeric NOT NULL DEFAULT 0,
  inflight_debit_balance  numeric NOT NULL DEFAULT 0,
  version                 bigint NOT NULL DEFAULT 1,
  track_fund_lineage      boolean NOT NULL DEFAULT false,
  allocation_strategy     text NOT NULL DEFAULT 'FIFO',
  created_at              timestamptz NOT NULL DEFAULT now(),
  meta_data               jsonb,
  CONSTRAINT unique_indicator_currency UNIQUE (indicator, currency)
);
CREATE INDEX IF NOT EXISTS balances_created_idx ON balances (created_at DESC, balance_id DESC);
CREATE INDEX IF NOT EXISTS balances_ledger_idx ON balances (ledger_id, created_at DESC);
CREATE INDEX IF NOT EXISTS balances_identity_idx ON balances (identity_id, created_at DESC);

CREATE TABLE IF NOT EXISTS transactions (
  transaction_id       text PRIMARY KEY,
  parent_transaction   text NOT NULL DEFAULT '',
  source               text NOT NULL,
  destination          text NOT NULL,
  reference            text NOT NULL,
  amount               double precision NOT NULL DEFAULT 0,
  precise_amount       numeric NOT NULL,
  precision            double precision NOT NULL DEFAULT 1,
  currency             text NOT NULL,
  description          text NOT NULL DEFAULT '',
  status               text NOT NULL,
  hash                 text NOT NULL DEFAULT '',
  allow_overdraft      boolean NOT NULL DEFAULT false,
  inflight             boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now(),
  effective_date       timestamptz,
  inflight_expiry_date timestamptz,
  meta_data            jsonb,
  CONSTRAINT unique_reference UNIQUE (reference)
);
CREATE INDEX IF NOT EXISTS transactions_created_idx ON transactions (created_at DESC, transaction_id DESC);
CREATE INDEX IF NOT EXISTS transactions_source_idx ON transactions (source, created_at DESC);
CREATE INDEX IF NOT EXISTS transactions_destination_idx ON transactions (destination, created_at DESC);
CREATE INDEX IF NOT EXISTS transactions_parent_idx ON transactions (parent_transaction);

-- Core's daily balance snapshots (sql/1740373196.sql; amounts NUMERIC since 1742098787.sql, as here): a copy of
-- each balance's stored amounts when POST /balances-snapshots ran, which GET /balances/:id/at starts from.
-- created_at is a time without zone, as Core's. Core's trigger refusing updates (1742099489.sql) is left out: no
-- route updates a snapshot. Being IF NOT EXISTS, like every table here, it is added to older data directories
-- the next time they open.
CREATE TABLE IF NOT EXISTS balance_snapshots (
  id                      serial PRIMARY KEY,
  balance_id              text NOT NULL REFERENCES balances (balance_id),
  ledger_id               text NOT NULL REFERENCES ledgers (ledger_id),
  balance                 numeric NOT NULL,
  credit_balance          numeric NOT NULL,
  debit_balance           numeric NOT NULL,
  inflight_balance        numeric NOT NULL,
  inflight_credit_balance numeric NOT NULL,
  inflight_debit_balance  numeric NOT NULL,
  currency                text NOT NULL,
  snapshot_time           timestamptz NOT NULL,
  created_at              timestamp NOT NULL,
  last_tx_id              text,
  meta_data               jsonb
);
CREATE INDEX IF NOT EXISTS idx_balance_snapshots_balance_id ON balance_snapshots (balance_id);
CREATE INDEX IF NOT EXISTS idx_balance_snapshots_snapshot_time ON balance_snapshots (snapshot_time);
CREATE INDEX IF NOT EXISTS idx_balance_snapshots_ledger_time ON balance_snapshots (ledger_id, snapshot_time);

-- API keys as Core keeps them (sql/1741695343.sql, 1770461873.sql): a bcrypt hash of the key, never the key,
-- and its first 16 characters to find the candidates to compare with. NULL last_used_at means never used.
CREATE TABLE IF NOT EXISTS api_keys (
  api_key_id   text PRIMARY KEY,
  key          text NOT NULL UNIQUE,
  key_prefix   text NOT NULL,
  name         text NOT NULL,
  owner_id     text NOT NULL,
  scopes       text[] NOT NULL DEFAULT '{}',
  expires_at   timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  is_revoked   boolean NOT NULL DEFAULT false,
  revoked_at   timestamptz
);
CREATE INDEX IF NOT EXISTS api_keys_owner_idx ON api_keys (owner_id, created_at DESC);
CREATE INDEX IF NOT EXISTS api_keys_prefix_idx ON api_keys (key_prefix);

INSERT INTO ledgers (ledger_id, name, meta_data)
VALUES ('general_ledger_id', 'General Ledger', '{}'::jsonb)
ON CONFLICT (ledger_id) DO NOTHING;
`;
