"use client";

import { useQuery } from "@tanstack/react-query";
import { RotateCwIcon } from "lucide-react";
import * as React from "react";
import { asErrorPlain } from "@/components/feedback/as-error-plain";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { fetchBalancesPage } from "@/lib/balances/actions";
import type { BalancesPage } from "@/lib/balances/queries";
import { type BalancesQuery, balanceKeys, balancesHref } from "@/lib/balances/search-params";
import { BalanceSummarySheet } from "./balance-summary-sheet";
import { BalancesTable } from "./balances-table";
import { useBalancesKeyboard } from "./use-balances-keyboard";
import { useOpenBalance } from "./use-open-balance";

async function loadPage(query: BalancesQuery): Promise<BalancesPage> {
  const result = await fetchBalancesPage(query);
  if (!result.ok) throw result.error;
  return result.data;
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
}: {
  query: BalancesQuery;
  initialPage: BalancesPage;
  basePath?: string;
  emptyAction?: React.ReactNode;
}) {
  const result = useQuery({
    queryKey: balanceKeys.list(query),
    queryFn: () => loadPage(query),
    initialData: initialPage,
  });
  const { openId, setOpenId } = useOpenBalance();
  const page = result.data;
  const ids = React.useMemo(() => page.rows.map((row) => row.id), [page.rows]);
  const { rowRef } = useBalancesKeyboard({ ids, openId, open: setOpenId });
  const hasNext =
    page.totalCount === null
      ? page.rows.length === page.pageSize
      : query.page * page.pageSize < page.totalCount;
  const refreshError = result.isError ? asErrorPlain(result.error) : null;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {page.totalCount === null
            ? `Page ${query.page}`
            : `${page.totalCount.toLocaleString("en-US")} balance${page.totalCount === 1 ? "" : "s"}`}
        </p>
        <Button
          size="sm"
          onClick={() => void result.refetch()}
          disabled={result.isFetching}
          aria-busy={result.isFetching}
        >
          <RotateCwIcon className={result.isFetching ? "animate-spin" : undefined} aria-hidden />
          Refresh
        </Button>
      </div>
      {refreshError ? (
        <p role="alert" className="rounded-md border border-danger/40 px-3 py-2 text-sm">
          Could not refresh: {refreshError.userMessage}
        </p>
      ) : null}
      {page.rows.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-md border p-10 text-center text-sm text-muted-foreground">
          {query.page === 1
            ? "No balances yet. Balances hold money in one currency for one owner."
            : "There are no balances on this page."}
          {query.page === 1 ? emptyAction : null}
        </div>
      ) : (
        <>
          <BalancesTable
            rows={page.rows}
            openId={openId}
            onOpen={(id) => setOpenId(id)}
            isBusy={result.isFetching}
            rowRef={rowRef}
          />
          <Pagination
            label="Balances pages"
            page={query.page}
            hasNext={hasNext}
            hrefFor={(target) => balancesHref({ ...query, page: target }, null, basePath)}
          />
        </>
      )}
      <BalanceSummarySheet openId={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}
