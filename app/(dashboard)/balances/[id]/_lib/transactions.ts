import "server-only";
import { counterpartyBalanceIds } from "@/app/(dashboard)/balances/[id]/_lib/direction";
import {
  type BalanceTransactionRow,
  type CounterpartyBalance,
  toTransactionRows,
} from "@/app/(dashboard)/balances/[id]/_lib/transaction-rows";
import { type Balance, blnkResult, filterBalances, filterTransactions, orFallback } from "@/lib/blnk";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { collapseQueued, loneQueuedIds } from "@/lib/transactions/collapse-queued";
import { parentsWithChildElsewhere, queuedCount } from "@/lib/transactions/queued";

export const RECENT_TRANSACTIONS = 10;
export const TRANSACTIONS_PAGE_SIZE = 20;

export type TransactionsPage = {
  rows: BalanceTransactionRow[];
  /** Transactions on the balance, each queued pair counted once; null when the server gave no count. */
  totalCount: number | null;
  hasNext: boolean;
};

/** The counterparties of a page in one `balance_id in […]` call, instead of one request per row. */
async function counterpartiesById(ids: string[]): Promise<Map<string, CounterpartyBalance>> {
  if (ids.length === 0) return new Map();
  const page = await filterBalances({
    filters: [{ field: "balance_id", operator: "in", values: ids }],
    limit: ids.length,
    offset: 0,
    includeCount: false,
  });
  return new Map(page.items.map((balance) => [balance.id, balance]));
}

/**
 * One page of the balance's transactions, newest first, queued pairs shown once, with every counterparty
 * resolved in one batched call.
 */
export function loadTransactionsPage(
  balance: Pick<Balance, "id" | "indicator">,
  { page, pageSize, withCount }: { page: number; pageSize: number; withCount: boolean },
) {
  return blnkResult<TransactionsPage>(async () => {
    const [result, queued] = await Promise.all([
      filterTransactions({
        balanceId: balance.id,
        sortBy: "created_at",
        sortOrder: "desc",
        limit: pageSize,
        offset: (page - 1) * pageSize,
        includeCount: withCount,
      }),
      withCount ? orFallback(() => queuedCount({ balanceId: balance.id }), 0) : 0,
    ]);
    const [parentsWithChild, counterparties] = await Promise.all([
      orFallback(() => parentsWithChildElsewhere(loneQueuedIds(result.items)), new Set<string>()),
      orFallback(() => counterpartiesById(counterpartyBalanceIds(result.items, balance)), new Map()),
    ]);
    const transactions = collapseQueued(result.items, parentsWithChild);
    const total = result.totalCount;
    return {
      rows: toTransactionRows(transactions, balance, counterparties, getPrecisionTable()),
      totalCount: total === null ? null : Math.max(0, total - queued),
      // Paging runs on Core's rows, pairs included, so the next page is decided on the raw count.
      hasNext: total === null ? result.items.length === pageSize : page * pageSize < total,
    };
  });
}
