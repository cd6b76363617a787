// Shapes shared by the benchmark's parts (scripts/bench/*): what it measures, the budgets it checks, and the
// results it writes (bench/results.json, bench/results.md, the README table).

/** The ledger sizes the benchmark seeds: `--quick` runs only the first. */
export const SIZES = [
  { id: "10k", balances: 10_000, transactions: 10_000 },
  { id: "1M", balances: 1_000_000, transactions: 1_000_000 },
] as const;
export type SizeId = (typeof SIZES)[number]["id"];

export type Unit = "ms" | "s" | "KiB" | "MB" | "rows/s" | "score" | "ratio" | "shift" | "calls";

/** One measured figure at one size: the median of `samples` (after a warm-up), or a single reading. */
export type Figure = {
  /** Stable key the budgets refer to, e.g. `rows_visible_ms`. */
  id: string;
  /** What a person reads in the table, e.g. "/balances: rows visible". */
  label: string;
  unit: Unit;
  value: number;
  samples?: number[];
  /** For a dashboard timing: the median of the raw Blnk API call(s) behind it, timed in the same run. */
  rawMs?: number;
};

export type SizeResult = { size: SizeId; balances: number; figures: Figure[] };

export type BenchResult = {
  date: string;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; chromium: string };
  sizes: SizeResult[];
};

/** One line of bench/budgets.json: a figure must stay at or under `max`, or at or over `min`. */
export type Budget = {
  figure: string;
  max?: number;
  min?: number;
  /** Only at these sizes (default: every size). */
  sizes?: SizeId[];
  /** Why this budget exists, shown nowhere but kept beside the number. */
  note?: string;
};

export type BudgetCheck = {
  size: SizeId;
  figure: string;
  label: string;
  unit: Unit;
  value: number | null;
  /** The budget as text, e.g. "≤ 150 ms" or "≥ 0.95". */
  limit: string;
  /** The budget's bounds, as in bench/budgets.json. */
  max?: number;
  min?: number;
  /** null when the figure was not measured in this run. */
  held: boolean | null;
};
