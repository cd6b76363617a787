// The benchmark's budgets: read from bench/budgets.json, checked against a run's figures. Pure apart from
// loadBudgets reading the file, so the unit test covers the checking without a browser.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { type BenchResult, type Budget, type BudgetCheck, SIZES, type SizeId, type Unit } from "./types";

export const BUDGETS_FILE = path.resolve(import.meta.dirname, "..", "..", "bench", "budgets.json");

const sizeIds = SIZES.map((size) => size.id) as [SizeId, ...SizeId[]];

const budgetSchema = z
  .strictObject({
    figure: z.string().regex(/^[a-z0-9_]+$/, "a figure id in snake_case, e.g. rows_visible_ms"),
    max: z.number().finite().optional(),
    min: z.number().finite().optional(),
    sizes: z.array(z.enum(sizeIds)).min(1).optional(),
    note: z.string().optional(),
  })
  .refine((budget) => budget.max !== undefined || budget.min !== undefined, "needs a max, a min or both")
  .refine(
    (budget) => budget.max === undefined || budget.min === undefined || budget.min <= budget.max,
    "min is above max",
  );

/** Checks parsed JSON (bench/budgets.json's content) and returns the budgets; throws naming the bad entry. */
export function parseBudgets(data: unknown, source = "budgets"): Budget[] {
  if (!Array.isArray(data)) throw new Error(`${source}: expected an array of budgets`);
  const budgets: Budget[] = [];
  data.forEach((entry, index) => {
    const parsed = budgetSchema.safeParse(entry);
    if (!parsed.success) {
      const figure =
        typeof entry === "object" && entry !== null && "figure" in entry ? ` (${String(entry.figure)})` : "";
      const problems = parsed.error.issues
        .map((issue) => `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`)
        .join("; ");
      throw new Error(`${source}: budget #${index + 1}${figure} is invalid: ${problems}`);
    }
    budgets.push(parsed.data);
  });
  const seen = new Set<string>();
  for (const budget of budgets) {
    for (const size of budget.sizes ?? sizeIds) {
      const key = `${budget.figure}@${size}`;
      if (seen.has(key)) throw new Error(`${source}: two budgets for ${budget.figure} at ${size}`);
      seen.add(key);
    }
  }
  return budgets;
}

/** Reads and validates bench/budgets.json (or `file`). */
export function loadBudgets(file = BUDGETS_FILE): Budget[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Cannot read budgets from ${file}: ${(error as Error).message}`);
  }
  return parseBudgets(data, path.relative(process.cwd(), file) || file);
}

/** The median of the samples (the mean of the middle two when their number is even). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error("median of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // biome-ignore lint/style/noNonNullAssertion: indexes inside a non-empty array
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The unit a figure id implies (used when a budgeted figure was not measured, so no Figure says it). */
export function unitOf(figureId: string): Unit {
  if (figureId.endsWith("_ms")) return "ms";
  if (figureId.endsWith("_rows_per_s")) return "rows/s";
  if (figureId.endsWith("_s")) return "s";
  if (figureId.endsWith("_mb")) return "MB";
  if (figureId.endsWith("_kib")) return "KiB";
  if (figureId.endsWith("_ratio")) return "ratio";
  if (figureId.startsWith("lighthouse_")) return "score";
  if (figureId.includes("shift")) return "shift";
  if (figureId.endsWith("_calls")) return "calls";
  return "score";
}

/** Decimals a unit is shown with. */
const DECIMALS: Record<Unit, number> = {
  ms: 0,
  s: 1,
  KiB: 1,
  MB: 0,
  "rows/s": 0,
  score: 2,
  ratio: 2,
  shift: 3,
  calls: 0,
};

function decimalsFor(value: number, unit: Unit): number {
  // A few milliseconds read better with one decimal.
  if (unit === "ms" && Math.abs(value) < 10 && value !== 0) return 1;
  return DECIMALS[unit];
}

function withUnit(text: string, unit: Unit): string {
  switch (unit) {
    case "ms":
      return `${text} ms`;
    case "s":
      return `${text} s`;
    case "KiB":
      return `${text} KiB`;
    case "MB":
      return `${text} MB`;
    case "rows/s":
      return `${text} rows/s`;
    case "ratio":
      return `${text}×`;
    case "calls":
      return `${text} calls`;
    default:
      return text;
  }
}

/** A number in its unit, e.g. "243 ms", "151.2 KiB", "0.97", "1.32×", "0.000". */
export function formatValue(value: number, unit: Unit): string {
  return withUnit(value.toFixed(decimalsFor(value, unit)), unit);
}

/** A limit's number as written in the budget (no forced decimals: "≤ 150 ms", "≥ 0.95", "≤ 0"). */
function formatBound(bound: number, unit: Unit): string {
  return withUnit(String(bound), unit);
}

/** The budget as text, e.g. "≤ 150 ms", "≥ 0.95", "≥ 0.9 and ≤ 1". */
export function formatLimit(budget: Budget, unit: Unit): string {
  const parts: string[] = [];
  if (budget.min !== undefined) parts.push(`≥ ${formatBound(budget.min, unit)}`);
  if (budget.max !== undefined) parts.push(`≤ ${formatBound(budget.max, unit)}`);
  return parts.join(" and ");
}

/**
 * A checked figure shown so that it never reads as equal to the limit it missed (150.4 ms against ≤ 150 ms
 * shows as "150.4 ms", not "150 ms").
 */
export function formatChecked(check: Pick<BudgetCheck, "value" | "unit" | "held" | "max" | "min">): string {
  if (check.value === null) return "not measured";
  let decimals = decimalsFor(check.value, check.unit);
  if (check.held === false) {
    const bounds = [check.max, check.min].filter((bound): bound is number => bound !== undefined);
    while (decimals < 6 && bounds.some((bound) => Number(check.value?.toFixed(decimals)) === bound))
      decimals++;
  }
  return withUnit(check.value.toFixed(decimals), check.unit);
}

/** Whether a value holds a budget: at or under max, at or over min (exactly at the limit holds). */
export function holds(value: number, budget: Budget): boolean {
  if (budget.max !== undefined && !(value <= budget.max)) return false;
  if (budget.min !== undefined && !(value >= budget.min)) return false;
  return true;
}

/**
 * One row per budget per size of the run it applies to (sizes the run did not measure, such as 1M in a
 * `--quick` run, get no row). A budgeted figure missing from a measured size, or not a finite number, has
 * value null and held null.
 */
export function checkBudgets(result: BenchResult, budgets: readonly Budget[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const sizeResult of result.sizes) {
    for (const budget of budgets) {
      if (budget.sizes && !budget.sizes.includes(sizeResult.size)) continue;
      const figure = sizeResult.figures.find((candidate) => candidate.id === budget.figure);
      const unit = figure?.unit ?? unitOf(budget.figure);
      const value = figure && Number.isFinite(figure.value) ? figure.value : null;
      checks.push({
        size: sizeResult.size,
        figure: budget.figure,
        label: figure?.label ?? budget.figure,
        unit,
        value,
        limit: formatLimit(budget, unit),
        ...(budget.max !== undefined ? { max: budget.max } : {}),
        ...(budget.min !== undefined ? { min: budget.min } : {}),
        held: value === null ? null : holds(value, budget),
      });
    }
  }
  return checks;
}

/** Counts of held, missed and unmeasured budget rows. */
export function summarize(checks: readonly BudgetCheck[]): {
  held: number;
  missed: number;
  unmeasured: number;
} {
  return {
    held: checks.filter((check) => check.held === true).length,
    missed: checks.filter((check) => check.held === false).length,
    unmeasured: checks.filter((check) => check.held === null).length,
  };
}
