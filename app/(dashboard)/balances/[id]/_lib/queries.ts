import "server-only";
import { cache } from "react";
import {
  oldestPendingHoldAt,
  settlementParentIds,
} from "@/app/(dashboard)/balances/[id]/_lib/pending-inflight";
import { type BalanceOwner, ownerOf } from "@/lib/balances/owner";
import {
  type Balance,
  BlnkError,
  type BlnkResult,
  blnkResult,
  filterTransactions,
  getBalance,
  getBalanceAt,
  getIdentity,
  getLedger,
  orFallback,
} from "@/lib/blnk";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { metadataJson } from "@/lib/format/pretty-json";
import { evaluateHealth, type HealthReport, type RecomputedBalance } from "@/lib/health";
import { type FormattedMoney, formatMoney } from "@/lib/money";

async function fetchBalance(id: string): Promise<Balance> {
  try {
    return await getBalance(id, { include: ["ledger", "identity"] });
  } catch (error) {
    // Core answers 500 to include=identity when the balance has no owner: ask again without includes and
    // fetch the ledger and the owner on their own.
    if (!(error instanceof BlnkError) || error.kind !== "server") throw error;
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

export type Recomputed = RecomputedBalance | "unsupported" | "failed";

/**
 * The balance recomputed from its transactions, for the Health check. Never fails the page: a server without
 * the endpoint (or one that ignores `from_source`) is "unsupported", any other failure "failed".
 */
export const loadRecomputed = cache(
  (id: string): Promise<Recomputed> =>
    orFallback<Recomputed>(
      async () => {
        const at = await getBalanceAt(id, { fromSource: true });
        if (!at.fromSource) return "unsupported";
        const { balance, creditBalance, debitBalance } = at.balance;
        return { balance, creditBalance, debitBalance };
      },
      (error) => (error.kind === "not_found" || error.kind === "validation" ? "unsupported" : "failed"),
    ),
);

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
        if (holds.items.length === 0) return null;
        const children = await filterTransactions({
          filters: [
            {
              field: "parent_transaction",
              operator: "in",
              values: settlementParentIds(holds.items).slice(0, 100),
            },
          ],
          limit: 100,
          offset: 0,
          includeCount: false,
        });
        return oldestPendingHoldAt(holds.items, children.items);
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
