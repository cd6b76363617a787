"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import * as React from "react";
import { blnkErrorOf } from "@/lib/actions/result";
import { whenIdle } from "@/lib/browser/when-idle";
import { ListToolbar } from "./list-toolbar";
import { useOpenRecord } from "./use-open-record";
import { useRowKeyboard } from "./use-row-keyboard";

/**
 * What every record list (Balances, Transactions) does around its table: the open summary in the URL
 * (`?<param>=<id>`), the row keys, the summary's chunk fetched when the browser is idle, and a failed
 * Refresh worded for people (the rows already on screen stay).
 */
export function useRecordList<Row extends { id: string }>({
  rows,
  result,
  param,
  detailsHref,
  preloadSummary,
}: {
  rows: Row[];
  result: Pick<UseQueryResult<unknown>, "isError" | "error">;
  param: Parameters<typeof useOpenRecord>[0];
  detailsHref: (id: string) => string;
  preloadSummary: () => Promise<unknown>;
}) {
  const { openId, setOpenId } = useOpenRecord(param);
  const ids = React.useMemo(() => rows.map((row) => row.id), [rows]);
  const { rowRef } = useRowKeyboard({ ids, openId, open: setOpenId, detailsHref });
  React.useEffect(() => whenIdle(() => void preloadSummary()), [preloadSummary]);
  const refreshError = result.isError ? blnkErrorOf(result.error) : null;
  return { openId, setOpenId, rowRef, refreshError };
}

/** A record list's toolbar (count, Refresh), its refresh error, and the table or the empty state. */
export function RecordListFrame({
  countText,
  isFetching,
  onRefresh,
  refreshError,
  isEmpty,
  emptyMessage,
  emptyAction,
  children,
}: {
  countText: string;
  isFetching: boolean;
  onRefresh: () => void;
  refreshError: { userMessage: string } | null;
  isEmpty: boolean;
  emptyMessage: React.ReactNode;
  emptyAction?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <>
      <ListToolbar countText={countText} isFetching={isFetching} onRefresh={onRefresh} />
      {refreshError ? (
        <p role="alert" className="rounded-md border border-danger/40 px-3 py-2 text-sm">
          Could not refresh: {refreshError.userMessage}
        </p>
      ) : null}
      {isEmpty ? (
        <div className="flex flex-col items-center gap-3 rounded-md border p-10 text-center text-sm text-muted-foreground">
          {emptyMessage}
          {emptyAction}
        </div>
      ) : (
        children
      )}
    </>
  );
}
