"use client";

import { useTheme } from "next-themes";
import { useEffect, useRef, useState } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import type { ChartDatum } from "@/lib/statement/chart-data";

const UTC = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/**
 * The running balance over a period, drawn with uPlot (fetched only when this mounts, so no page pays for it
 * up front), redrawn when the theme or the width changes. Its data is also a table, for screen readers and
 * for anyone who wants the exact figures: the chart is a picture of it, not the record.
 */
export function BalanceChart({ data, label }: { data: readonly ChartDatum[]; label: string }) {
  const target = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  const { resolvedTheme } = useTheme();

  useEffect(() => {
    const element = target.current;
    if (!element || data.length === 0) return;
    let chart: { destroy(): void; setSize(size: { width: number; height: number }): void } | null = null;
    let cancelled = false;
    const observer = new ResizeObserver(() => chart?.setSize({ width: element.clientWidth, height: 220 }));
    void import("./uplot-chart").then(({ drawChart }) => {
      if (cancelled) return;
      // The theme class is set before effects run, so the colours read now are the theme's.
      void resolvedTheme;
      chart = drawChart(element, data, element.clientWidth || 600);
      observer.observe(element);
      setDrawn(true);
    });
    return () => {
      cancelled = true;
      observer.disconnect();
      chart?.destroy();
    };
  }, [data, resolvedTheme]);

  const last = data.at(-1);
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="text-sm text-muted-foreground">
        {label}
        {last ? `, ending at ${last.text}` : ""}
      </figcaption>
      {drawn ? null : <Skeleton className="h-[220px] w-full" />}
      <div
        ref={target}
        data-testid="balance-chart"
        data-drawn={drawn || undefined}
        aria-hidden
        className="w-full"
      />
      <details className="text-sm">
        <summary className="cursor-pointer text-muted-foreground">Chart data</summary>
        <table className="mt-2 w-full text-left tabular-nums" aria-label={`${label}: data`}>
          <thead>
            <tr className="text-muted-foreground">
              <th className="py-1 font-medium">Time (UTC)</th>
              <th className="py-1 text-right font-medium">Balance</th>
              <th className="py-1 text-right font-medium">Credit</th>
              <th className="py-1 text-right font-medium">Debit</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d, index) => (
              // Points may share a moment; their order is the statement's.
              // biome-ignore lint/suspicious/noArrayIndexKey: the rows never reorder
              <tr key={index} className="border-t">
                <td className="py-1">{UTC.format(d.t)}</td>
                <td className="py-1 text-right">{d.text}</td>
                <td className="py-1 text-right">{d.credit ?? ""}</td>
                <td className="py-1 text-right">{d.debit ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
