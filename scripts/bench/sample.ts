// How the benchmark takes its figures: a log line per step, samples after a warm-up, and a timing figure
// with its raw-API floor beside it.
import { median } from "./budgets";
import type { Figure } from "./types";

export const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

export type Sampler = (what: string, measure: (run: number) => Promise<number>) => Promise<number[]>;

/** Runs `measure` once to warm up (run -1), then `runs` times; returns the samples. */
export function sampler(runs: number): Sampler {
  return async (what, measure) => {
    await measure(-1);
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) samples.push(await measure(run));
    log(`${what}: median ${median(samples).toFixed(1)} (${samples.map((s) => s.toFixed(0)).join(", ")})`);
    return samples;
  };
}

/** A timing figure (the median of `samples`); with `raw`, its raw-API median and the dashboard / raw ratio. */
export function timing(id: string, label: string, samples: number[], raw?: number[]): Figure[] {
  const value = median(samples);
  const figure: Figure = { id, label, unit: "ms", value, samples };
  if (!raw) return [figure];
  figure.rawMs = median(raw);
  return [
    figure,
    {
      id: id.replace(/_ms$/, "_ratio"),
      label: `${label}: dashboard / raw API`,
      unit: "ratio",
      value: value / figure.rawMs,
    },
  ];
}
