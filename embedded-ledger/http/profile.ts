// LEDGER_CORE_PROFILE: the embedded ledger answering as an older Core release does, so the dashboard's version
// fallbacks can be walked end to end (shared/docs/core-compat.md §1.2 and §5). Each quirk is a flag, with the
// Core source it reproduces; the default profile ("current") has none of them.

export type CoreProfile = {
  /** The name it was chosen by (LEDGER_CORE_PROFILE), for logs. */
  readonly name: string;
  /**
   * `GET /balances/:id?include=identity` fails for every balance: Core ≤ 0.14.5 selects a column `i_name` that
   * does not exist (`git show v0.14.5:database/balance.go:72`) and the handler answers 400 with the error
   * (`v0.14.5:api/balance.go:87-89`). Fixed in 0.15.0 (f0f6b50).
   */
  readonly includeIdentityFails: boolean;
  /**
   * `POST /transactions/filter` rows carry `parent_transaction: ""`: the filter query did not select the column
   * until 0.15.1 (`git show v0.15.0:database/transaction_filters.go:74`). The `parent_transaction` filter itself
   * still works; only the returned field is empty.
   */
  readonly filterOmitsParent: boolean;
  /** 0.13.2–0.13.4 do not select `precision` on `/transactions/filter` rows either: they carry 0 (v0.13.5). */
  readonly filterOmitsPrecision: boolean;
  /**
   * Error bodies before 0.15.0: the flat `error`/`errors` key only, no `error_detail`, and 400 where 0.15 answers
   * 404, 409 or 423 (`api/errors.go` arrived in 0.15.0; the 0.14.5 handlers answer `http.StatusBadRequest`).
   * A record not found reads "NOT_FOUND: <message>" (its APIError text). The one 404 0.14.5 already had
   * (revoking an unknown API key) stays 404.
   */
  readonly legacyErrors: boolean;
  /**
   * `POST /transactions` without `skip_queue: true` goes through Core's queue (transaction_queue.go): the
   * original is stored QUEUED with `meta_data.QUEUED_PARENT_TRANSACTION` = its own ID, and the worker records a
   * copy with a new ID, `parent_transaction` = the original, reference `<reference>_q` and the original's
   * `created_at` (createQueueCopy), APPLIED or INFLIGHT, or REJECTED when it cannot post. The embedded ledger
   * runs that worker step at once, inside the same request; the answer is the QUEUED original, as Core's.
   */
  readonly queuedPairs: boolean;
  /**
   * `dry_run: true` is honoured (POST /transactions, PUT /transactions/inflight/:id, POST /refund-transaction/:id,
   * the bulk inflight routes): Core answers a projection and writes nothing (api/transactions.go:178-184, 261-265,
   * 526-530, 863-868, 954-959; added after 0.15.2 in 885e0e9, 85df5e8 and 9e5d26a). Before that no request
   * struct had the field (`git show v0.15.2:api/model/transaction.go`; v0.15.2:api/transactions.go:201-207 for
   * the refund body), and Go's JSON binding ignores unknown fields: the request is performed for real.
   */
  readonly dryRun: boolean;
  /**
   * POST /transactions validation also rejects a negative amount, precise_amount or precision and source ==
   * destination (api/model/model.go:48-163, 246-305; 9bf69d2 and cae74b2, after 0.15.2). Older releases
   * validate only what v0.15.2:api/model/model.go:124-171 lists.
   */
  readonly strictTransactionValidation: boolean;
  /**
   * Which optional body POST /refund-transaction/:id reads: none (v0.13.2:api/transactions.go RefundTransaction
   * binds nothing), `{skip_queue}` (v0.14.2 to v0.15.2, refundTransactionRequest), or also `{dry_run,
   * description, meta_data}` (api/transactions.go:201-225, c36a753).
   */
  readonly refundBody: "none" | "skipQueue" | "full";
  /**
   * A refund's reference is `<refunded id>_refund` (transaction_refunds.go:202, since v0.15.0); before that a
   * random `ref_<uuid>` (v0.14.5:transaction.go prepareRefundTransaction).
   */
  readonly refundReferenceFromParent: boolean;
  /** POST /transactions/inflight/bulk/{commit,void} exist (v0.14.2:api/api.go:82-83); 0.13.2 answers gin's 404. */
  readonly bulkInflight: boolean;
  /**
   * The bulk inflight routes without `skip_queue: true` queue each commit/void (api/transactions.go:884-905,
   * since v0.15.0) and answer `status: "queued"`; 0.14.x runs them at once (v0.14.5:api/transactions.go:613-690).
   * The ledger runs the queue worker's step at once, inside the request, as for queuedPairs.
   */
  readonly inflightQueue: boolean;
};

const CURRENT: CoreProfile = {
  name: "current",
  includeIdentityFails: false,
  filterOmitsParent: false,
  filterOmitsPrecision: false,
  legacyErrors: false,
  queuedPairs: false,
  dryRun: true,
  strictTransactionValidation: true,
  refundBody: "full",
  refundReferenceFromParent: true,
  bulkInflight: true,
  inflightQueue: false,
};

/** What every release before the dry run shares: no dry_run, the older validation, a `{skip_queue}` refund body. */
const BEFORE_DRY_RUN = {
  dryRun: false,
  strictTransactionValidation: false,
  refundBody: "skipQueue",
  bulkInflight: true,
} as const;

/** The releases the dashboard supports that answer differently, oldest first. */
const PROFILES: Record<string, CoreProfile> = {
  "0.13.2": {
    name: "0.13.2",
    includeIdentityFails: true,
    filterOmitsParent: true,
    filterOmitsPrecision: true,
    legacyErrors: true,
    queuedPairs: true,
    ...BEFORE_DRY_RUN,
    refundBody: "none",
    refundReferenceFromParent: false,
    bulkInflight: false,
    inflightQueue: false,
  },
  "0.14": {
    name: "0.14",
    includeIdentityFails: true,
    filterOmitsParent: true,
    filterOmitsPrecision: false,
    legacyErrors: true,
    queuedPairs: true,
    ...BEFORE_DRY_RUN,
    refundReferenceFromParent: false,
    inflightQueue: false,
  },
  "0.15.0": {
    name: "0.15.0",
    includeIdentityFails: false,
    filterOmitsParent: true,
    filterOmitsPrecision: false,
    legacyErrors: false,
    queuedPairs: true,
    ...BEFORE_DRY_RUN,
    refundReferenceFromParent: true,
    inflightQueue: true,
  },
  "0.15.2": {
    ...CURRENT,
    ...BEFORE_DRY_RUN,
    name: "0.15.2",
    queuedPairs: true,
    refundReferenceFromParent: true,
    inflightQueue: true,
  },
  current: CURRENT,
};

export const PROFILE_NAMES = Object.keys(PROFILES);

/** The profile a LEDGER_CORE_PROFILE value names ("0.14.5" is "0.14"); undefined or "" is the current one. */
export function coreProfile(name: string | undefined): CoreProfile {
  const wanted = name?.trim() || "current";
  const profile = PROFILES[wanted] ?? PROFILES[wanted.replace(/^(0\.14)\.\d+$/, "$1")];
  if (!profile) {
    throw new Error(`LEDGER_CORE_PROFILE must be one of ${PROFILE_NAMES.join(", ")} (got "${wanted}")`);
  }
  return profile;
}

export const CURRENT_PROFILE = CURRENT;
