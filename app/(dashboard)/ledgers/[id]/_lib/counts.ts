import "server-only";
import { type BlnkResult, blnkResult, filterBalances, MAX_PAGE_SIZE } from "@/lib/blnk";
import { type RecordCount, settleCount } from "@/lib/format/count";
import { countTransactionsOnce } from "@/lib/transactions/queued";

export type LedgerCounts = { balances: Promise<RecordCount>; transactions: Promise<RecordCount> };

/** The most balances whose transactions are counted: their IDs go in one `balance_id in […]` filter. */
export const MAX_COUNTED_BALANCES = MAX_PAGE_SIZE;

export const TOO_MANY_BALANCES = `Counted only for ledgers with up to ${MAX_COUNTED_BALANCES} balances.`;

/** The ledger's first 100 balance IDs and how many balances it has (null when Blnk gives no total). */
async function ledgerBalances(ledgerId: string) {
  const page = await filterBalances({
    filters: [{ field: "ledger_id", operator: "eq", value: ledgerId }],
    limit: MAX_COUNTED_BALANCES,
    offset: 0,
    includeCount: true,
  });
  return { ids: page.items.map((balance) => balance.id), total: page.totalCount };
}

/** Transactions with one of these balances on either side, each counted once (see loadLedgerCounts). */
async function transactionsTouching(balanceIds: string[]): Promise<number | null> {
  if (balanceIds.length === 0) return 0;
  return countTransactionsOnce([{ field: "balance_id", operator: "in", values: balanceIds }]);
}

/**
 * How many balances a ledger has, and how many transactions touch them. Core's transactions carry no
 * ledger, so they are counted through the ledger's balances: `balance_id in […]` is Core's
 * `(source IN (…) OR destination IN (…))`, one condition per row, so a transaction between two of the
 * ledger's balances counts once (and a queued pair once, as on the balance page). Only for ledgers of up to
 * 100 balances (their IDs come from one page). Both counts start here, unawaited, and stream in.
 */
export function loadLedgerCounts(ledgerId: string): LedgerCounts {
  const page = blnkResult(() => ledgerBalances(ledgerId));
  const balances = settleCount(
    page.then(
      (result): BlnkResult<number | null> => (result.ok ? { ok: true, data: result.data.total } : result),
    ),
  );
  const transactions = page.then(
    (result): RecordCount | Promise<RecordCount> => {
      // No total (a failure, or a key that may not filter): the balances' reason holds for both.
      if (!result.ok || result.data.total === null) return balances;
      if (result.data.total > MAX_COUNTED_BALANCES) return { count: null, reason: TOO_MANY_BALANCES };
      const { ids } = result.data;
      return settleCount(blnkResult(() => transactionsTouching(ids)));
    },
    () => balances,
  );
  return { balances, transactions };
}
