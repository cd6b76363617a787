import "server-only";
import { cache } from "react";
import {
  oldestPendingHold,
  settlementParentIds,
} from "@/app/(dashboard)/balances/[id]/_lib/pending-inflight";
import { type BalanceOwner, ownerOf } from "@/lib/balances/owner";
import {
  type Balance,
  type BlnkCallOptions,
  BlnkError,
  type BlnkResult,
  blnkResult,
  filterTransactions,
  getBalance,
  getBalanceAt,
  getBlnkConfig,
  getIdentity,
  getLedger,
  orFallback,
} from "@/lib/blnk";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { metadataJson } from "@/lib/format/pretty-json";
import { evaluateHealth, type HealthReport, type RecomputedBalance } from "@/lib/health";
import { type FormattedMoney, formatMoney } from "@/lib/money";
import { RECOMPUTE_MAX_TRANSACTIONS, RECOMPUTE_TIMEOUT_MS } from "./limits";

/** Failures of the include call worth one plain retry; a missing balance, a bad key or a down Blnk are not. */
const INCLUDE_FAILURES: ReadonlySet<BlnkError["kind"]> = new Set(["server", "validation", "bad_response"]);

async function fetchBalance(id: string): Promise<Balance> {
  try {
    return await getBalance(id, { include: ["ledger", "identity"] });
  } catch (error) {
    // Core answers 500 to include=identity when the balance has no owner, and Core 0.13.2–0.14.5 answers 400
    // ("Failed to scan balance data") to every include=identity: ask again without includes and fetch the
    // ledger and the owner on their own.
    if (!(error instanceof BlnkError) || !INCLUDE_FAILURES.has(error.kind)) throw error;
  }
  const balance = await getBalance(id);
  const [ledger, identity] = await Promise.all([
    orFallback(
      () => getLedger(balance.ledgerId),
      () => undefined,
    ),
    balance.identityId
      ? orFallback(
          () => getIdentity(balance.identityId ?? ""),
          () => undefined,
        )
      : undefined,
  ]);
  return { ...balance, ...(ledger ? { ledger } : {}), ...(identity ? { identity } : {}) };
}

/**
 * The balance with its ledger and owner. Cached per request: the route's layout (which turns "not found" into
 * a 404 before anything streams) and its pages share one call.
 */
export const loadBalance = cache(
  (id: string): Promise<BlnkResult<Balance>> => blnkResult(() => fetchBalance(id)),
);

export type Recomputed = RecomputedBalance | "unsupported" | "failed" | { skipped: string };

/**
 * Both values are taken this far in the past: Core's queue inserts a transaction's applied row with the
 * original's created_at (transaction_queue.go), so rows newer than this may still be arriving.
 */
const SETTLE_MS = 30_000;

type Amounts = { balance: bigint; creditBalance: bigint; debitBalance: bigint };
const amountsOf = ({ balance, creditBalance, debitBalance }: Amounts): Amounts => ({
  balance,
  creditBalance,
  debitBalance,
});
const sameAmounts = (a: Amounts, b: Amounts) =>
  a.balance === b.balance && a.creditBalance === b.creditBalance && a.debitBalance === b.debitBalance;

/** The stored and the recomputed values at one instant (two `GET /balances/:id/at`, one timestamp). */
async function valuesAt(id: string, at: string, call: BlnkCallOptions) {
  const [stored, recomputed] = await Promise.all([
    getBalanceAt(id, { timestamp: at }, call),
    getBalanceAt(id, { timestamp: at, fromSource: true }, call),
  ]);
  return {
    stored: amountsOf(stored.balance),
    recomputed: amountsOf(recomputed.balance),
    fromSource: recomputed.fromSource,
  };
}

/**
 * The balance's stored values and those recomputed from its transactions at the same instant, for Health.
 * Never fails the page: a server without the endpoint (or one that ignores `from_source`) is "unsupported",
 * a balance with too many transactions or a recomputation past its time limit is skipped with the reason,
 * any other failure is "failed". A difference is asked again once, so a race cannot raise it.
 */
export const loadRecomputed = cache(
  (id: string): Promise<Recomputed> =>
    orFallback<Recomputed>(
      async () => {
        const call = { config: { ...getBlnkConfig(), timeoutMs: RECOMPUTE_TIMEOUT_MS } };
        const applied = await appliedTransactionCount(id, call);
        if (applied !== null && applied > RECOMPUTE_MAX_TRANSACTIONS) {
          return {
            skipped: `Too many transactions to recompute here (${applied.toLocaleString("en-US")}; the limit is ${RECOMPUTE_MAX_TRANSACTIONS.toLocaleString("en-US")}).`,
          };
        }
        const at = new Date(Date.now() - SETTLE_MS).toISOString();
        let values = await valuesAt(id, at, call);
        if (!values.fromSource) return "unsupported";
        if (!sameAmounts(values.stored, values.recomputed)) values = await valuesAt(id, at, call);
        return { ...values.recomputed, stored: values.stored, at };
      },
      (error) => {
        if (error.kind === "not_found" || error.kind === "validation") return "unsupported";
        if (error.kind === "timeout") {
          return {
            skipped: `Recomputing took longer than ${RECOMPUTE_TIMEOUT_MS / 1000} s, so it was not checked.`,
          };
        }
        return "failed";
      },
    ),
);

/** Applied transactions on the balance (what Core sums); null when the server gives no count. */
async function appliedTransactionCount(id: string, call: BlnkCallOptions): Promise<number | null> {
  const page = await filterTransactions(
    { balanceId: id, filters: [{ field: "status", operator: "eq", value: "APPLIED" }], limit: 1, offset: 0 },
    call,
  );
  return page.totalCount;
}

// Holds looked at for the inflight age; Core's filter caps a page at 100.
const HOLDS_WINDOW = 100;

/**
 * When the oldest still-pending inflight hold on the balance was placed; null when unknown. A hold's own row
 * stays INFLIGHT after it is committed or voided, so its children are looked up to tell which ones still wait.
 */
export const loadOldestPendingInflightAt = cache(
  (id: string): Promise<string | null> =>
    orFallback(
      async () => {
        const holds = await filterTransactions({
          balanceId: id,
          filters: [{ field: "status", operator: "eq", value: "INFLIGHT" }],
          sortBy: "created_at",
          sortOrder: "asc",
          limit: HOLDS_WINDOW,
          offset: 0,
          includeCount: false,
        });
        // A key that may only read the GET lists gets them newest first: the oldest pending hold is then unknown.
        if (holds.items.length === 0 || holds.orderUnavailable) return null;
        const childrenWhere = async (operator: "in" | "eq", values: string[]) =>
          (
            await filterTransactions({
              filters: [
                operator === "in"
                  ? { field: "parent_transaction", operator, values }
                  : { field: "parent_transaction", operator, value: values[0] ?? "" },
              ],
              limit: 100,
              offset: 0,
              includeCount: false,
            })
          ).items;
        const children = await childrenWhere("in", settlementParentIds(holds.items).slice(0, 100));
        const oldest = await oldestPendingHold(holds.items, children, (hold) =>
          childrenWhere("eq", [hold.id]),
        );
        return oldest ?? null;
      },
      () => null,
    ),
);

function hasInflight(balance: Balance): boolean {
  return (
    balance.inflightBalance !== 0n ||
    balance.inflightCreditBalance !== 0n ||
    balance.inflightDebitBalance !== 0n
  );
}

/** Every Health check for the details page, the recomputation included. Started by the page, awaited lazily. */
export async function loadHealth(balance: Balance, recomputed: Promise<Recomputed>): Promise<HealthReport> {
  const [oldestInflightAt, recomputedValue] = await Promise.all([
    hasInflight(balance) ? loadOldestPendingInflightAt(balance.id) : null,
    recomputed,
  ]);
  const table = getPrecisionTable();
  return evaluateHealth({
    ...balance,
    oldestInflightAt,
    recomputed: recomputedValue,
    now: new Date(),
    formatAmount: (amount) => formatMoney(amount, balance.currency, table).text,
  });
}

export type BalanceView = {
  id: string;
  currency: string;
  amounts: Record<
    | "balance"
    | "creditBalance"
    | "debitBalance"
    | "inflightBalance"
    | "inflightCreditBalance"
    | "inflightDebitBalance",
    FormattedMoney
  >;
  ledger: { id: string; name: string | null };
  owner: BalanceOwner;
  createdAt: string;
  trackFundLineage: boolean | null;
  allocationStrategy: string | null;
  /** Pretty JSON with big integers exact; null when the balance has no metadata. */
  metadataJson: string | null;
};

/** The balance as the details page shows it: amounts formatted exactly on the server, plain data only. */
export function toBalanceView(balance: Balance): BalanceView {
  const table = getPrecisionTable();
  const money = (amount: bigint) => formatMoney(amount, balance.currency, table);
  return {
    id: balance.id,
    currency: balance.currency,
    amounts: {
      balance: money(balance.balance),
      creditBalance: money(balance.creditBalance),
      debitBalance: money(balance.debitBalance),
      inflightBalance: money(balance.inflightBalance),
      inflightCreditBalance: money(balance.inflightCreditBalance),
      inflightDebitBalance: money(balance.inflightDebitBalance),
    },
    ledger: { id: balance.ledgerId, name: balance.ledger?.name || null },
    owner: ownerOf(balance, new Map(balance.identity ? [[balance.identity.id, balance.identity]] : [])),
    createdAt: balance.createdAt,
    trackFundLineage: balance.trackFundLineage,
    allocationStrategy: balance.allocationStrategy,
    metadataJson: metadataJson(balance.metadata),
  };
}
