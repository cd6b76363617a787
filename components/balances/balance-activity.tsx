"use client";

import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { unwrap } from "@/lib/actions/result";
import { balanceKeys } from "@/lib/balances/types";
import { fetchBalanceActivity } from "@/lib/statement/actions";

// The chart's code is fetched only when a panel shows it, so the Balances page loads no more than before.
const BalanceChart = lazy(() =>
  import("@/components/statement/balance-chart").then((m) => ({ default: m.BalanceChart })),
);

const HEIGHT = "h-[220px]";

/**
 * "Balance activity": the last 7 days of the running balance, asked for once the panel's text is on screen
 * (this mounts with it), so the panel opens as fast as without the chart.
 */
export function BalanceActivity({ id, currency }: { id: string; currency: string }) {
  const activity = useQuery({
    queryKey: balanceKeys.activity(id),
    queryFn: async () => unwrap(await fetchBalanceActivity({ id, currency })),
  });
  return (
    <section aria-labelledby="balance-activity" className="flex flex-col gap-2 border-t pt-4">
      <h3 id="balance-activity" className="text-xs font-medium text-muted-foreground uppercase">
        Balance activity
      </h3>
      {activity.isPending ? (
        <Skeleton className={`${HEIGHT} w-full`} />
      ) : activity.isError ? (
        <p className="text-sm text-muted-foreground">
          The last 7 days could not be drawn: {activity.error.message}{" "}
          <button type="button" className="underline" onClick={() => activity.refetch()}>
            Try again
          </button>
        </p>
      ) : (
        <Suspense fallback={<Skeleton className={`${HEIGHT} w-full`} />}>
          <BalanceChart
            data={activity.data.chart}
            label={`Last 7 days, ${activity.data.from} to ${activity.data.to} (UTC)`}
          />
        </Suspense>
      )}
    </section>
  );
}
