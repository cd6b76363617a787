"use client";

import { useQuery } from "@tanstack/react-query";
import type * as React from "react";
import { lazySummarySheet } from "@/components/record/lazy-summary-sheet";
import { RecordListFrame, useRecordList } from "@/components/record/record-list";
import { Pagination } from "@/components/ui/pagination";
import { unwrap } from "@/lib/actions/result";
import { fetchBalanceCount, fetchBalancesPage } from "@/lib/balances/actions";
import type { BalancesPage } from "@/lib/balances/types";
import { type BalancesQuery, balanceKeys, balancesHref } from "@/lib/balances/types";
import { countText } from "@/lib/format/count";
import { BalancesTable } from "./balances-table";

// The summary panel is a chunk of its own, fetched when the browser is idle (or at once for a ?balance= link).
const { preload: preloadSummarySheet, Sheet: BalanceSummarySheet } = lazySummarySheet(() =>
  import("./balance-summary-sheet").then((module) => module.BalanceSummarySheet),
);

const balanceDetailsHref = (id: string) => `/balances/${id}`;

const loadPage = async (query: BalancesQuery, pageSize?: number): Promise<BalancesPage> =>
  unwrap(await fetchBalancesPage({ ...query, pageSize }));
const loadCount = async (query: BalancesQuery) => unwrap(await fetchBalanceCount(query));

/** "1,000,000 balances"; the page number until the count arrives; "count unavailable" when Blnk gives none. */
function balancesCount(count: number | null | undefined, page: number): string {
  if (count === undefined) return `Page ${page}`;
  return countText(count, { one: "balance", many: "balances" }, page);
}

/**
 * The rows (hydrated from the server's first render) and the total (its own call after the rows: on a big
 * ledger the count is the slow part), and Refresh for both.
 */
function useBalancesData({
  query,
  initialPage,
  pageSize,
  isPaged,
}: {
  query: BalancesQuery;
  initialPage: BalancesPage;
  pageSize: number | undefined;
  isPaged: boolean;
}) {
  // A different page size is a different list: it must not share a cache entry with the default one.
  const listKey = pageSize ? [...balanceKeys.list(query), pageSize] : balanceKeys.list(query);
  const result = useQuery({
    queryKey: listKey,
    queryFn: () => loadPage(query, pageSize),
    initialData: initialPage,
  });
  const count = useQuery({
    queryKey: balanceKeys.count(query),
    queryFn: () => loadCount(query),
    staleTime: 60_000,
    enabled: isPaged,
  });
  const refresh = () => {
    void result.refetch();
    if (isPaged) void count.refetch();
  };
  return { result, count, refresh };
}

/**
 * The Balances table with Refresh, paging and the summary panel. The server renders the first data; Refresh
 * re-fetches the same page through a server action and keeps the rows on screen while it loads.
 */
export function BalancesView({
  query,
  initialPage,
  basePath = "/balances",
  emptyAction,
  emptyMessage,
  pageSize,
  isPaged = true,
  filtersInPath = false,
}: {
  query: BalancesQuery;
  initialPage: BalancesPage;
  basePath?: string;
  emptyAction?: React.ReactNode;
  /** Replaces "No balances yet…" on an empty first page (e.g. "This identity has no balances yet."). */
  emptyMessage?: React.ReactNode;
  /** Rows per page when not the default 20; must match what the server loaded `initialPage` with. */
  pageSize?: number;
  /** false: one page only, no Previous/Next (a "last 10" list with its own "View all" link). */
  isPaged?: boolean;
  /** The owner/ledger filter is implied by `basePath` (/ledgers/[id]): page links carry only `?page=`. */
  filtersInPath?: boolean;
}) {
  const { result, count, refresh } = useBalancesData({ query, initialPage, pageSize, isPaged });
  const page = result.data;
  const { openId, setOpenId, rowRef, refreshError } = useRecordList({
    rows: page.rows,
    result,
    param: "balance",
    detailsHref: balanceDetailsHref,
    preloadSummary: preloadSummarySheet,
  });

  return (
    <div className="flex flex-col gap-3">
      <RecordListFrame
        countText={balancesCount(count.data, query.page)}
        isFetching={result.isFetching}
        onRefresh={refresh}
        refreshError={refreshError}
        isEmpty={page.rows.length === 0}
        emptyMessage={
          query.page === 1
            ? (emptyMessage ?? "No balances yet. Balances hold money in one currency for one owner.")
            : "There are no balances on this page."
        }
        emptyAction={query.page === 1 ? emptyAction : null}
      >
        <BalancesTable
          rows={page.rows}
          openId={openId}
          onOpen={(id) => setOpenId(id)}
          isBusy={result.isFetching}
          rowRef={rowRef}
        />
        {isPaged ? (
          <Pagination
            label="Balances pages"
            page={query.page}
            hasNext={page.hasNext}
            hrefFor={(target) =>
              balancesHref(filtersInPath ? { page: target } : { ...query, page: target }, null, basePath)
            }
          />
        ) : null}
      </RecordListFrame>
      <BalanceSummarySheet openId={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}
