"use client";

import * as React from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/cn";
import type { RecordCount } from "@/lib/format/count";

// A count that streams in after its page (the Identities table's "Balances", a ledger's "Balances" and
// "Transactions"): the server starts the call and passes its promise, the page renders without waiting.

const boundaryKeys = new WeakMap<Promise<RecordCount>, number>();
let nextKey = 0;

/**
 * One key per promise. A fresh server render (a search, Refresh) brings new promises; a Suspense boundary
 * already on screen would make React hold the whole navigation until they settle, so each promise gets a
 * boundary of its own, whose skeleton shows instead.
 */
function keyOf(count: Promise<RecordCount>): number {
  let key = boundaryKeys.get(count);
  if (key === undefined) {
    key = ++nextKey;
    boundaryKeys.set(count, key);
  }
  return key;
}

/**
 * The number (tabular digits), or "—" with the reason: as a hover title and for screen readers in a table
 * cell (`variant="cell"`, above the row's stretched link so the title shows), in words beside it in a
 * details list (`variant="field"`).
 */
export function StreamedCount({
  count,
  variant,
}: {
  count: Promise<RecordCount>;
  variant: "cell" | "field";
}) {
  return (
    <React.Suspense
      key={keyOf(count)}
      fallback={
        <Skeleton className={cn("inline-block h-4 w-8 align-middle", variant === "cell" && "ml-auto")} />
      }
    >
      <CountValue count={count} variant={variant} />
    </React.Suspense>
  );
}

function CountValue({ count, variant }: { count: Promise<RecordCount>; variant: "cell" | "field" }) {
  const result = React.use(count);
  if (result.count !== null) {
    return <span className="tabular-nums">{result.count.toLocaleString("en-US")}</span>;
  }
  if (variant === "field") {
    return (
      <span className="text-muted-foreground">
        <span aria-hidden>— </span>
        {result.reason}
      </span>
    );
  }
  return (
    <span title={result.reason} className="relative z-10 cursor-help text-muted-foreground">
      <span aria-hidden>—</span>
      <span className="sr-only">{result.reason}</span>
    </span>
  );
}
