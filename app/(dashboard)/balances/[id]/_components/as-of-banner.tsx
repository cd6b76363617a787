"use client";

import { HistoryIcon, TriangleAlertIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import * as React from "react";
import { Button } from "@/components/ui/button";
import { asOfHref, utcText } from "../_lib/as-of";

const subscribe = () => () => {};
const localFormatter = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

/** The moment in the viewer's local time once hydrated (the server knows only UTC), with UTC beside it. */
function Moment({ iso }: { iso: string }) {
  const isClient = React.useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const at = new Date(iso);
  return (
    <time dateTime={iso} className="font-medium tabular-nums">
      {isClient ? `${localFormatter.format(at)} (${utcText(at)})` : utcText(at)}
    </time>
  );
}

/**
 * Above the summary while the page shows a moment: "As of …", or why the current balance is shown instead,
 * with "View current balance" (and "Try again" when Blnk failed).
 */
export function AsOfBanner({
  balanceId,
  at,
  problem,
  note,
  canRetry = false,
}: {
  balanceId: string;
  at: string | null;
  /** Set when the moment could not be shown. */
  problem?: string;
  /** Said after "As of …" (a moment before the balance was created). */
  note?: string;
  canRetry?: boolean;
}) {
  const router = useRouter();
  const Icon = problem ? TriangleAlertIcon : HistoryIcon;
  return (
    <div
      role="status"
      aria-label={problem ? "Historical balance not shown" : "Historical balance"}
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
    >
      <Icon className="size-4 shrink-0 text-warning" aria-hidden />
      <span className="min-w-0 flex-1">
        {problem ?? (
          <>
            As of {at ? <Moment iso={at} /> : null}. Inflight amounts are not part of a historical balance.
            {note ? ` ${note}` : null}
          </>
        )}
      </span>
      {canRetry ? (
        <Button variant="ghost" size="sm" onClick={() => router.refresh()}>
          Try again
        </Button>
      ) : null}
      <Link href={asOfHref(balanceId, null)} className="underline">
        View current balance
      </Link>
    </div>
  );
}
