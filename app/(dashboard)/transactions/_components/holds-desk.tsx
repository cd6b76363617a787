"use client";

import { useQuery } from "@tanstack/react-query";
import { CheckCheckIcon, XCircleIcon } from "lucide-react";
import Link from "next/link";
import * as React from "react";
import { ListToolbar } from "@/components/record/list-toolbar";
import { useRefreshAfterWrite } from "@/components/record/use-refresh-after-write";
import { Button, buttonVariants } from "@/components/ui/button";
import { LazyMount } from "@/components/ui/lazy-mount";
import { toast } from "@/components/ui/toast";
import { blnkErrorOf, unwrap } from "@/lib/actions/result";
import { transactionKeys } from "@/lib/transactions/types";
import { type HoldsDeskPage, holdsDeskHref, holdsDeskKeys } from "../_lib/holds-desk";
import { fetchHoldsPage } from "../_lib/write-actions";
import type { HoldOutcome, SettledHolds } from "../_lib/write-schemas";
import { HoldsTable } from "./holds-table";
import { useParties } from "./use-parties";

const BulkSettleDialog = React.lazy(() =>
  import("./bulk-settle-dialog").then((module) => ({ default: module.BulkSettleDialog })),
);

/**
 * The holds desk: the open holds of one page, selected by checkbox and committed or voided in one go. The
 * result of each stays beside its row until Refresh reads the holds again (the settled ones then leave).
 */
export function HoldsDesk({ initialPage, canAct }: { initialPage: HoldsDeskPage; canAct: boolean }) {
  const { query } = initialPage;
  const holds = useQuery({
    queryKey: holdsDeskKeys.page(query),
    queryFn: async () => unwrap(await fetchHoldsPage(query)),
    initialData: initialPage,
  });
  const page = holds.data;
  const parties = useParties(page.rows);
  const { selected, setSelected, toggle } = useSelection();
  const [confirming, setConfirming] = React.useState<{ action: "commit" | "void"; session: number } | null>(
    null,
  );
  const { results, clearResults, onDone } = useBulkResults(() => {
    setConfirming(null);
    setSelected(new Set());
  });
  const chosen = page.rows.filter((row) => selected.has(row.id));

  return (
    <div className="flex flex-col gap-3">
      <ListToolbar
        countText={deskCountText(page)}
        isFetching={holds.isFetching}
        onRefresh={() => {
          clearResults();
          void holds.refetch();
        }}
      />
      <DeskNotices
        orderUnavailable={page.orderUnavailable}
        refreshError={holds.isError ? blnkErrorOf(holds.error).userMessage : null}
        results={results}
      />
      {canAct && page.rows.length > 0 ? (
        <BulkBar
          count={chosen.length}
          onChoose={(action) => setConfirming({ action, session: Date.now() })}
        />
      ) : null}
      {page.rows.length === 0 ? (
        <p className="rounded-md border p-10 text-center text-sm text-muted-foreground">
          {query.from > 0
            ? "No more open holds."
            : "No open holds: every inflight hold is committed or voided."}
        </p>
      ) : (
        <HoldsTable
          rows={page.rows}
          parties={parties}
          loadedAt={page.loadedAt}
          selected={selected}
          results={results}
          canSelect={canAct}
          onToggle={toggle}
          onToggleAll={(ids) => setSelected(new Set(ids))}
        />
      )}
      <DeskPaging page={page} />
      <LazyMount when={confirming}>
        {(confirming) => (
          <BulkSettleDialog
            key={confirming.session}
            action={confirming.action}
            rows={chosen}
            onClose={() => setConfirming(null)}
            onDone={onDone}
          />
        )}
      </LazyMount>
    </div>
  );
}

function deskCountText(page: HoldsDeskPage): string {
  const count = page.rows.length === 1 ? "1 open hold" : `${page.rows.length} open holds`;
  return page.nextFrom === null && page.query.from === 0 ? count : `${count} on this page`;
}

function summaryText(results: readonly HoldOutcome[]): string {
  const count = (outcome: HoldOutcome["outcome"]) =>
    results.filter((result) => result.outcome === outcome).length;
  const parts = [`${count("done")} done`, `${count("refused")} refused`];
  const unknown = count("unknown");
  if (unknown > 0) parts.push(`${unknown} without an answer`);
  return `${parts.join(", ")}.`;
}

function DeskPaging({ page }: { page: HoldsDeskPage }) {
  if (page.query.from === 0 && page.nextFrom === null) return null;
  const link = buttonVariants({ variant: "secondary", size: "sm" });
  return (
    <nav aria-label="Holds pages" className="flex justify-end gap-2">
      {page.query.from > 0 ? (
        <Link href={holdsDeskHref({ ...page.query, from: 0 })} className={link}>
          Oldest holds
        </Link>
      ) : null}
      {page.nextFrom !== null ? (
        <Link href={holdsDeskHref({ ...page.query, from: page.nextFrom })} className={link}>
          More holds
        </Link>
      ) : null}
    </nav>
  );
}

function useSelection() {
  const [selected, setSelected] = React.useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return { selected, setSelected, toggle };
}

function BulkBar({ count, onChoose }: { count: number; onChoose: (action: "commit" | "void") => void }) {
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="sr-only">Selected holds</legend>
      <span className="text-sm text-muted-foreground">{count} selected</span>
      <Button size="sm" disabled={count === 0} onClick={() => onChoose("commit")}>
        <CheckCheckIcon aria-hidden /> Commit
      </Button>
      <Button size="sm" disabled={count === 0} onClick={() => onChoose("void")}>
        <XCircleIcon aria-hidden /> Void
      </Button>
    </fieldset>
  );
}

function DeskNotices({
  orderUnavailable,
  refreshError,
  results,
}: {
  orderUnavailable: boolean;
  refreshError: string | null;
  results: ReadonlyMap<string, HoldOutcome>;
}) {
  return (
    <>
      {orderUnavailable ? (
        <p role="status" className="rounded-md border px-3 py-2 text-sm">
          Blnk lists these newest first: the API key may only read the GET lists, which cannot be sorted.
        </p>
      ) : null}
      {refreshError ? (
        <p role="alert" className="rounded-md border border-danger/40 px-3 py-2 text-sm">
          Could not refresh: {refreshError}
        </p>
      ) : null}
      {results.size > 0 ? (
        <p role="status" className="rounded-md border bg-surface px-3 py-2 text-sm">
          {summaryText([...results.values()])}
        </p>
      ) : null}
    </>
  );
}

/** Each hold's result after a bulk commit or void, the toast, and every other view of transactions refreshed. */
function useBulkResults(onSettled: () => void) {
  const refreshAfterWrite = useRefreshAfterWrite();
  const [results, setResults] = React.useState<ReadonlyMap<string, HoldOutcome>>(new Map());
  const onDone = (settled: SettledHolds) => {
    onSettled();
    setResults(new Map(settled.results.map((result) => [result.holdId, result])));
    const done = settled.results.filter((result) => result.outcome === "done").length;
    const verb = settled.action === "commit" ? "committed" : "voided";
    toast({
      title: `${done} of ${settled.results.length} holds ${verb}`,
      description: summaryText(settled.results),
    });
    // Balances, transactions and lifecycles elsewhere moved; this desk keeps its rows until Refresh.
    refreshAfterWrite({
      queries: { queryKey: transactionKeys.all, predicate: (cached) => cached.queryKey[1] !== "holds" },
      page: false,
    });
  };
  return { results, clearResults: () => setResults(new Map()), onDone };
}
