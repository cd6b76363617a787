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
};

const CURRENT: CoreProfile = {
  name: "current",
  includeIdentityFails: false,
  filterOmitsParent: false,
  filterOmitsPrecision: false,
  legacyErrors: false,
  queuedPairs: false,
};

/** The releases the dashboard supports that answer differently, oldest first. */
const PROFILES: Record<string, CoreProfile> = {
  "0.13.2": {
    name: "0.13.2",
    includeIdentityFails: true,
    filterOmitsParent: true,
    filterOmitsPrecision: true,
    legacyErrors: true,
    queuedPairs: true,
  },
  "0.14": {
    name: "0.14",
    includeIdentityFails: true,
    filterOmitsParent: true,
    filterOmitsPrecision: false,
    legacyErrors: true,
    queuedPairs: true,
  },
  "0.15.0": {
    name: "0.15.0",
    includeIdentityFails: false,
    filterOmitsParent: true,
    filterOmitsPrecision: false,
    legacyErrors: false,
    queuedPairs: true,
  },
  "0.15.2": { ...CURRENT, name: "0.15.2", queuedPairs: true },
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
