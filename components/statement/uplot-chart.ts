"use client";

import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { ChartDatum } from "@/lib/statement/chart-data";

// uPlot, loaded only where a chart is shown (import()ed by BalanceChart): the running balance as a step line,
// credits and debits as marks on it, the exact balance in the legend as the cursor moves.

/** A theme colour from globals.css ("R G B" triplets), so the chart follows light and dark. */
function color(name: string, alpha = 1): string {
  const rgb = getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim() || "0 0 0";
  return `rgb(${rgb.split(/\s+/).join(" ")} / ${alpha})`;
}

const marks = (stroke: string): uPlot.Series.Points => ({
  show: true,
  size: 7,
  stroke,
  fill: stroke,
  width: 1,
});

export function drawChart(target: HTMLElement, data: readonly ChartDatum[], width: number): uPlot {
  const xs = data.map((d) => d.t / 1000);
  const ys = data.map((d) => d.y);
  const credits = data.map((d) => (d.credit ? d.y : null));
  const debits = data.map((d) => (d.debit ? d.y : null));
  const exact = (_u: uPlot, _v: number | null, _series: number, index: number | null) =>
    index === null ? "—" : (data[index]?.text ?? "—");
  const axis: uPlot.Axis = {
    stroke: color("muted-foreground"),
    grid: { stroke: color("border"), width: 1 },
    ticks: { stroke: color("border"), width: 1 },
  };
  const options: uPlot.Options = {
    width,
    height: 220,
    cursor: { drag: { x: false, y: false } },
    legend: { live: true },
    scales: { x: { time: true } },
    axes: [axis, { ...axis, size: 80 }],
    series: [
      {},
      {
        label: "Balance",
        stroke: color("primary"),
        width: 2,
        fill: color("primary", 0.08),
        paths: uPlot.paths.stepped?.({ align: 1 }),
        points: { show: false },
        value: exact,
      },
      {
        label: "Credit",
        stroke: color("positive"),
        paths: () => null,
        points: marks(color("positive")),
        value: (_u, _v, _s, index) => (index === null ? "—" : (data[index]?.credit ?? "—")),
      },
      {
        label: "Debit",
        stroke: color("danger"),
        paths: () => null,
        points: marks(color("danger")),
        value: (_u, _v, _s, index) => (index === null ? "—" : (data[index]?.debit ?? "—")),
      },
    ],
  };
  return new uPlot(options, [xs, ys, credits, debits], target);
}
