import type { Balance } from "@/lib/blnk/types";

export type CheckStatus = "pass" | "warn" | "fail" | "skipped";

export type HealthCheckId =
  | "balance_equation"
  | "inflight_equation"
  | "negative_balance"
  | "inflight_age"
  | "lineage_owner"
  | "recomputed_balance";

export type HealthCheck = { id: HealthCheckId; label: string; status: CheckStatus; reason: string };

export type HealthStatus = "healthy" | "needs_attention" | "unhealthy";

export type HealthLabel = "Healthy" | "Needs attention" | "Unhealthy";

export type HealthReport = {
  status: HealthStatus;
  label: HealthLabel;
  /** Every check, always in the same order, whatever its status. */
  checks: HealthCheck[];
  /** The worst check's reason (the first fail, else the first warn), or "All checks pass.". */
  summary: string;
};

/** A balance's stored values recomputed from its transactions (`GET /balances/:id/at?from_source=true`). */
export type RecomputedBalance = {
  balance: bigint;
  creditBalance: bigint;
  debitBalance: bigint;
  /**
   * The stored values at the same instant (`GET /balances/:id/at` without from_source, same timestamp), so a
   * transaction applied meanwhile cannot make them differ; when absent, the balance's current values are used.
   */
  stored?: { balance: bigint; creditBalance: bigint; debitBalance: bigint };
  /** The instant both were taken at (ISO, UTC). */
  at?: string;
};

/**
 * The balance's stored amounts, owner, lineage flag (null = unknown: list rows don't carry it, so the lineage
 * check is skipped) and inflight expiry (ISO; null = none), as lib/blnk reads them; then what the view adds.
 */
export type HealthInput = Pick<
  Balance,
  | "balance"
  | "creditBalance"
  | "debitBalance"
  | "inflightBalance"
  | "inflightCreditBalance"
  | "inflightDebitBalance"
  | "identityId"
  | "trackFundLineage"
  | "inflightExpiresAt"
> & {
  /** ISO created_at of the oldest still-INFLIGHT transaction, when known. */
  oldestInflightAt?: string | null;
  /**
   * From `GET /balances/:id/at?from_source=true`: the recomputed values, "unsupported" when the server has no
   * such endpoint, "failed" when the request failed; undefined = not checked by this view.
   */
  recomputed?: RecomputedBalance | "unsupported" | "failed" | { skipped: string };
  now: Date;
  /** Formats an amount for reasons (the caller passes the currency-aware exact formatter); default: raw integer + " minor units". */
  formatAmount?: (amount: bigint) => string;
};

/** Everything a single check needs: the input with `formatAmount` resolved. */
export type CheckContext = Omit<HealthInput, "formatAmount"> & { formatAmount: (amount: bigint) => string };
