"use client";

import { useQuery } from "@tanstack/react-query";
import { lazySummarySheet } from "@/components/record/lazy-summary-sheet";
import { RecordListFrame, useRecordList } from "@/components/record/record-list";
import { Pagination } from "@/components/ui/pagination";
import { unwrap } from "@/lib/actions/result";
import { countText } from "@/lib/format/count";
import {
  type TransactionsPage,
  type TransactionsQuery,
  transactionHref,
  transactionKeys,
  transactionsHref,
} from "@/lib/transactions/types";
import { fetchTransactionCount, fetchTransactionsPage } from "../_lib/actions";
import { TransactionsTable } from "./transactions-table";
import { useParties } from "./use-parties";

// The summary panel is a chunk of its own, fetched when the browser is idle (or at once for a ?transaction= link).
const { preload: preloadSummarySheet, Sheet: TransactionSummarySheet } = lazySummarySheet(() =>
  import("./transaction-summary-sheet").then((module) => module.TransactionSummarySheet),
);

const TRANSACTIONS = { one: "transaction", many: "transactions" };

/**
 * The Transactions table with Refresh, paging, the total (its own call, after the rows) and the summary panel.
 * The server renders the first rows; Refresh re-fetches the same page and keeps the rows on screen meanwhile.
 */
export function TransactionsView({
  query,
  initialPage,
}: {
  query: TransactionsQuery;
  initialPage: TransactionsPage;
}) {
  const result = useQuery({
    queryKey: transactionKeys.list(query),
    queryFn: async () => unwrap(await fetchTransactionsPage(query)),
    initialData: initialPage,
  });
  const count = useQuery({
    queryKey: transactionKeys.count(query.filters),
    queryFn: async () => unwrap(await fetchTransactionCount({ filters: query.filters })),
    staleTime: 60_000,
  });
  const page = result.data;
  const parties = useParties(page.rows);
  const { openId, setOpenId, rowRef, refreshError } = useRecordList({
    rows: page.rows,
    result,
    param: "transaction",
    detailsHref: transactionHref,
    preloadSummary: preloadSummarySheet,
  });

  return (
    <div className="flex flex-col gap-3">
      <RecordListFrame
        countText={
          count.data === undefined ? `Page ${query.page}` : countText(count.data, TRANSACTIONS, query.page)
        }
        isFetching={result.isFetching}
        onRefresh={() => {
          void result.refetch();
          void count.refetch();
        }}
        refreshError={refreshError}
        isEmpty={page.rows.length === 0}
        emptyMessage={
          query.filters
            ? "No transactions match these filters."
            : query.page === 1
              ? "No transactions yet. Transactions move money from a source balance to a destination balance."
              : "There are no transactions on this page."
        }
      >
        <TransactionsTable
          rows={page.rows}
          parties={parties}
          openId={openId}
          onOpen={(id) => setOpenId(id)}
          isBusy={result.isFetching}
          rowRef={rowRef}
        />
        <Pagination
          label="Transactions pages"
          page={query.page}
          hasNext={page.hasNext}
          hrefFor={(target) => transactionsHref({ ...query, page: target })}
        />
      </RecordListFrame>
      <TransactionSummarySheet openId={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}
