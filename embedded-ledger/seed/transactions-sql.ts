// The seed's SQL and the constants it is built from, beside seed/transactions.ts (which runs it).

/** The currency pattern repeats every PERIOD slots (a prime, so it never lines up with the kind pattern). */
export const PERIOD = 101;
/**
 * The kinds of one block of 20 slots, 26 rows: 13 transfers, 3 queued pairs (6 rows), 2 committed holds
 * (4 rows), 1 voided hold (2 rows), 1 open hold. A block's slots take them in an order that shifts per block.
 */
export const KINDS = [
  ...Array<string>(13).fill("plain"),
  ...Array<string>(3).fill("queued"),
  "committed",
  "committed",
  "voided",
  "open",
];
export const BLOCK_SLOTS = KINDS.length;

const uniform = (seed: number) => `((hashint8extended(s, ${seed}) & 4294967295)::float8 / 4294967296)`;

/**
 * One chunk of slots [$1, $2): every row, then the balances, in one statement. $3 run tag, $4 the seed's start
 * time, $5 the first slot past the kind pattern (one-row transfers after it).
 */
export const CHUNK_SQL = `
WITH slot AS MATERIALIZED (
  SELECT s, c.*,
         CASE WHEN s < $5 THEN (ARRAY[${KINDS.map((kind) => `'${kind}'`).join(",")}])[1 + ((s % ${BLOCK_SLOTS}) * 7 + s / ${BLOCK_SLOTS}) % ${BLOCK_SLOTS}]
              ELSE 'plain' END AS kind,
         (s / ${PERIOD}) * c.w + pos.rank AS seq,
         (hashint8extended(s, 1) & 2147483647) AS pick,
         ${uniform(2)} AS u_time, ${uniform(3)} AS u_amount, ${uniform(4)} AS u_child, ${uniform(5)} AS u_back,
         'txn_' || gen_random_uuid() AS id, 'txn_' || gen_random_uuid() AS child_id,
         'scale-tx-' || $3 || '-' || s AS reference
  FROM generate_series($1::bigint, $2::bigint - 1) AS s
  JOIN pg_temp.seed_currency_pos pos ON pos.pos = s % ${PERIOD}
  JOIN pg_temp.seed_currency c ON c.currency = pos.currency
), party AS MATERIALIZED (
  SELECT slot.*, me.balance_id AS customer, me.budget, me.created_at AS customer_at,
         them.balance_id AS other, them.created_at AS other_at,
         CASE
           WHEN kind IN ('committed', 'voided', 'open') THEN 'card'
           WHEN kind = 'queued' THEN CASE WHEN pick % 100 < 70 THEN 'p2p' ELSE 'topup' END
           WHEN pick % 100 < 60 THEN 'p2p'
           WHEN pick % 100 < 75 THEN 'topup'
           WHEN pick % 100 < 85 THEN 'fee'
           WHEN pick % 100 < 95 THEN 'payout'
           ELSE 'interest'
         END AS wanted
  FROM slot
  JOIN pg_temp.seed_customers me ON me.currency = slot.currency AND me.k = (slot.seq * slot.p) % slot.n
  JOIN pg_temp.seed_customers them ON them.currency = slot.currency
       AND them.k = ((slot.seq * slot.p) % slot.n + 1 + slot.pick % (slot.n - 1)) % slot.n
), flow AS MATERIALIZED (
  SELECT party.*,
         -- A customer with nothing to spend is topped up instead.
         CASE WHEN wanted IN ('p2p', 'fee', 'payout', 'card') AND budget < 1 THEN 'topup' ELSE wanted END AS flow
  FROM party
), txn AS MATERIALIZED (
  SELECT flow.*,
         CASE flow WHEN 'topup' THEN world WHEN 'interest' THEN interest ELSE customer END AS source,
         CASE flow WHEN 'p2p' THEN other WHEN 'fee' THEN fees WHEN 'payout' THEN payouts WHEN 'card' THEN cards
                   ELSE customer END AS destination,
         CASE flow
           WHEN 'topup' THEN floor(typical * (0.05 + 1.95 * u_amount * u_amount)::numeric) + 1
           WHEN 'interest' THEN floor(typical * (0.01 * u_amount)::numeric) + 1
           WHEN 'fee' THEN least(budget, floor(typical * (0.01 * u_amount)::numeric) + 1)
           ELSE least(budget, floor(typical * (0.02 + 3 * u_amount * u_amount * u_amount)::numeric) + 1)
         END AS precise,
         CASE flow WHEN 'p2p' THEN 'Transfer' WHEN 'topup' THEN 'Top-up' WHEN 'fee' THEN 'Service fee'
                   WHEN 'payout' THEN 'Payout' WHEN 'interest' THEN 'Interest' ELSE 'Card payment' END AS description,
         CASE WHEN flow = 'p2p' THEN greatest(customer_at, other_at) ELSE customer_at END AS since
  FROM flow
), timed AS MATERIALIZED (
  SELECT txn.*,
         since + ($4::timestamptz - since) * u_time AS at,
         (precise * scale)::float8 AS amount,
         flow IN ('topup', 'interest') AS overdraft,
         CASE WHEN kind = 'queued' THEN jsonb_build_object('QUEUED_PARENT_TRANSACTION', id)
              WHEN pick % 3 = 0 THEN jsonb_build_object('channel', (ARRAY['mobile', 'web', 'api', 'branch'])[1 + pick / 3 % 4])
         END AS meta
  FROM txn
), dated AS MATERIALIZED (
  SELECT timed.*,
         CASE WHEN pick % 20 = 7 THEN at - interval '2 days' * u_back ELSE at END AS effective,
         -- Minutes to days after the hold, and always before the seed's start.
         at + least(interval '1 minute' + interval '3 days' * u_child, ($4::timestamptz - at) * u_child) AS settled_at
  FROM timed
), rows AS MATERIALIZED (
  SELECT id AS transaction_id, '' AS parent_transaction, source, destination, reference, amount, precise, precision,
         currency, description,
         CASE kind WHEN 'plain' THEN 'APPLIED' WHEN 'queued' THEN 'QUEUED' ELSE 'INFLIGHT' END AS status,
         overdraft, kind IN ('committed', 'voided', 'open') AS inflight, at AS created_at, effective,
         CASE WHEN kind = 'open' AND pick % 2 = 0 THEN at + interval '7 days' END AS expiry, meta,
         kind = 'open' AS held
  FROM dated
  UNION ALL
  SELECT child_id, id, source, destination,
         CASE kind WHEN 'queued' THEN reference || '_q'
                   ELSE reference || CASE kind WHEN 'voided' THEN '_void_' ELSE '_commit_' END || substr(child_id, 5) END,
         amount, precise, precision, currency, description,
         CASE WHEN kind = 'voided' THEN 'VOID' WHEN kind = 'queued' AND pick % 10 = 3 THEN 'REJECTED' ELSE 'APPLIED' END,
         overdraft, false,
         CASE WHEN kind = 'queued' THEN at ELSE settled_at END, effective, NULL,
         CASE WHEN kind = 'queued' AND pick % 10 = 3
              THEN meta || jsonb_build_object('blnk_rejection_reason', 'insufficient funds in source balance')
              ELSE meta END,
         false
  FROM dated WHERE kind IN ('committed', 'voided', 'queued')
), inserted AS (
  INSERT INTO transactions (transaction_id, parent_transaction, source, destination, reference, amount,
    precise_amount, precision, currency, description, status, hash, allow_overdraft, inflight, created_at,
    effective_date, inflight_expiry_date, meta_data)
  SELECT transaction_id, parent_transaction, source, destination, reference, amount, precise, precision, currency,
         description, status,
         encode(sha256(convert_to(amount::text || reference || currency || source || destination, 'UTF8')), 'hex'),
         overdraft, inflight, created_at, effective, expiry, meta
  FROM rows
), postings AS (
  SELECT source AS balance_id, 0::numeric AS credit, CASE WHEN status = 'APPLIED' THEN precise ELSE 0 END AS debit,
         0::numeric AS inflight_credit, CASE WHEN held THEN precise ELSE 0 END AS inflight_debit,
         (status IN ('APPLIED', 'INFLIGHT', 'VOID'))::int AS posts
  FROM rows
  UNION ALL
  SELECT destination, CASE WHEN status = 'APPLIED' THEN precise ELSE 0 END, 0,
         CASE WHEN held THEN precise ELSE 0 END, 0, (status IN ('APPLIED', 'INFLIGHT', 'VOID'))::int
  FROM rows
)
INSERT INTO pg_temp.seed_deltas
SELECT balance_id, sum(credit), sum(debit), sum(inflight_credit), sum(inflight_debit), sum(posts)
FROM postings GROUP BY balance_id HAVING sum(posts) > 0`;

/** Every chunk's balance deltas, applied once: each balance row is rewritten once, in one pass over the table. */
export const APPLY_DELTAS_SQL = `
UPDATE balances b SET
  credit_balance = b.credit_balance + d.credit,
  debit_balance = b.debit_balance + d.debit,
  balance = (b.credit_balance + d.credit) - (b.debit_balance + d.debit),
  inflight_credit_balance = b.inflight_credit_balance + d.inflight_credit,
  inflight_debit_balance = b.inflight_debit_balance + d.inflight_debit,
  inflight_balance = (b.inflight_credit_balance + d.inflight_credit) - (b.inflight_debit_balance + d.inflight_debit),
  version = b.version + d.posts
FROM (SELECT balance_id, sum(credit) AS credit, sum(debit) AS debit, sum(inflight_credit) AS inflight_credit,
             sum(inflight_debit) AS inflight_debit, sum(posts) AS posts
      FROM pg_temp.seed_deltas GROUP BY balance_id) d
WHERE b.balance_id = d.balance_id`;
