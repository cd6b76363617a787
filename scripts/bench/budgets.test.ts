import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  BUDGETS_FILE,
  checkBudgets,
  formatChecked,
  formatLimit,
  loadBudgets,
  median,
  parseBudgets,
  summarize,
} from "./budgets";
import { consoleReport, markdownReport, updateReadmeSection } from "./report";
import type { BenchResult, Budget, Figure, SizeResult } from "./types";

const machine = { cpus: 2, cpuModel: "Test CPU", memoryGiB: 8, node: "v20.20.2", chromium: "140.0" };

function size(id: "10k" | "1M", figures: Figure[]): SizeResult {
  return { size: id, balances: id === "10k" ? 10_000 : 1_000_000, figures };
}

function result(sizes: SizeResult[], quick = false): BenchResult {
  return { date: "2025-01-02T03:04:05Z", quick, machine, sizes };
}

const ms = (id: string, value: number, rawMs?: number): Figure => ({
  id,
  label: `label of ${id}`,
  unit: "ms",
  value,
  samples: [value, value, value, value, value],
  ...(rawMs !== undefined ? { rawMs } : {}),
});

describe("median", () => {
  it("takes the middle of an odd number of samples, in any order", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });
  it("averages the middle two of an even number", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("leaves the samples as they were and refuses none", () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
    expect(() => median([])).toThrow(/no samples/);
  });
});

describe("formatLimit", () => {
  it("writes max as ≤ and min as ≥ with the unit", () => {
    expect(formatLimit({ figure: "refresh_ms", max: 150 }, "ms")).toBe("≤ 150 ms");
    expect(formatLimit({ figure: "first_load_js_kib", max: 170 }, "KiB")).toBe("≤ 170 KiB");
    expect(formatLimit({ figure: "lighthouse_performance", min: 0.95 }, "score")).toBe("≥ 0.95");
    expect(formatLimit({ figure: "refresh_ratio", max: 1.5 }, "ratio")).toBe("≤ 1.5×");
    expect(formatLimit({ figure: "layout_shift", max: 0 }, "shift")).toBe("≤ 0");
  });
  it("writes both bounds when a budget has both", () => {
    expect(formatLimit({ figure: "x", min: 0.5, max: 1 }, "score")).toBe("≥ 0.5 and ≤ 1");
  });
});

describe("checkBudgets", () => {
  const budgets: Budget[] = [
    { figure: "refresh_ms", max: 150 },
    { figure: "lighthouse_performance", min: 0.95 },
    { figure: "rows_visible_ms", max: 300, sizes: ["1M"] },
  ];

  it("holds under a max and misses over it", () => {
    const checks = checkBudgets(result([size("10k", [ms("refresh_ms", 120)])]), [budgets[0] as Budget]);
    expect(checks).toEqual([
      {
        size: "10k",
        figure: "refresh_ms",
        label: "label of refresh_ms",
        unit: "ms",
        value: 120,
        limit: "≤ 150 ms",
        max: 150,
        held: true,
      },
    ]);
    const missed = checkBudgets(result([size("10k", [ms("refresh_ms", 151)])]), [budgets[0] as Budget]);
    expect(missed[0]?.held).toBe(false);
  });

  it("holds over a min and misses under it", () => {
    const score = (value: number): Figure => ({
      id: "lighthouse_performance",
      label: "LH",
      unit: "score",
      value,
    });
    const min = [budgets[1] as Budget];
    const [held] = checkBudgets(result([size("10k", [score(0.97)])]), min);
    const [missed] = checkBudgets(result([size("10k", [score(0.94)])]), min);
    expect(held).toMatchObject({ figure: "lighthouse_performance", held: true, limit: "≥ 0.95" });
    expect(missed).toMatchObject({ figure: "lighthouse_performance", held: false });
  });

  it("holds exactly at the limit, for max and for min", () => {
    const figures: Figure[] = [
      ms("refresh_ms", 150),
      { id: "lighthouse_performance", label: "LH", unit: "score", value: 0.95 },
      { id: "layout_shift", label: "shift", unit: "shift", value: 0 },
    ];
    const checks = checkBudgets(result([size("10k", figures)]), [
      ...budgets,
      { figure: "layout_shift", max: 0 },
    ]);
    expect(checks.map((check) => [check.figure, check.held])).toEqual([
      ["refresh_ms", true],
      ["lighthouse_performance", true],
      ["layout_shift", true],
    ]);
    const [shifted] = checkBudgets(
      result([size("10k", [{ id: "layout_shift", label: "shift", unit: "shift", value: 0.0001 }])]),
      [{ figure: "layout_shift", max: 0 }],
    );
    expect(shifted?.held).toBe(false);
  });

  it("checks a budget at every size of the run unless it names its sizes", () => {
    const run = result([
      size("10k", [ms("refresh_ms", 100), ms("rows_visible_ms", 400)]),
      size("1M", [ms("refresh_ms", 200), ms("rows_visible_ms", 250)]),
    ]);
    const checks = checkBudgets(run, [budgets[0] as Budget, budgets[2] as Budget]);
    expect(checks.map((check) => [check.size, check.figure, check.held])).toEqual([
      ["10k", "refresh_ms", true],
      ["1M", "refresh_ms", false],
      ["1M", "rows_visible_ms", true],
    ]);
  });

  it("gives no rows for sizes the run did not measure (a --quick run)", () => {
    const quick = result([size("10k", [ms("refresh_ms", 100), ms("rows_visible_ms", 100)])], true);
    const checks = checkBudgets(quick, budgets);
    expect(checks.every((check) => check.size === "10k")).toBe(true);
    expect(checks.map((check) => check.figure)).toEqual(["refresh_ms", "lighthouse_performance"]);
  });

  it("reports a budgeted figure the run did not measure as null, with a unit from its id", () => {
    const checks = checkBudgets(result([size("10k", [ms("refresh_ms", Number.NaN)])]), budgets);
    expect(checks).toEqual([
      expect.objectContaining({ figure: "refresh_ms", value: null, held: null }),
      expect.objectContaining({
        figure: "lighthouse_performance",
        label: "lighthouse_performance",
        unit: "score",
        value: null,
        held: null,
        limit: "≥ 0.95",
      }),
    ]);
    expect(summarize(checks)).toEqual({ held: 0, missed: 0, unmeasured: 2 });
  });
});

describe("budget files", () => {
  it("the repository's bench/budgets.json is valid and covers the issue's budgets", () => {
    const budgets = loadBudgets(BUDGETS_FILE);
    const byFigure = Object.fromEntries(budgets.map((budget) => [budget.figure, budget]));
    expect(byFigure.first_load_js_kib?.max).toBe(170);
    expect(byFigure.rows_visible_ms?.max).toBe(300);
    expect(byFigure.refresh_ms?.max).toBe(150);
    expect(byFigure.next_page_ms?.max).toBe(150);
    expect(byFigure.alt_b_ms?.max).toBe(100);
    expect(byFigure.refresh_ratio?.max).toBe(1.5);
    expect(byFigure.lighthouse_performance?.min).toBe(0.95);
    expect(byFigure.lighthouse_accessibility?.min).toBe(1);
    expect(byFigure.layout_shift?.max).toBe(0);
  });

  it("names the bad entry and what is wrong with it", () => {
    expect(() => parseBudgets([{ figure: "refresh_ms", max: 150 }, { figure: "alt_b_ms" }])).toThrow(
      /budget #2 \(alt_b_ms\).*max, a min or both/,
    );
    expect(() => parseBudgets([{ figure: "refresh_ms", max: "150" }])).toThrow(/#1 \(refresh_ms\).*max/);
    expect(() => parseBudgets([{ figure: "refresh_ms", max: 1, sizes: ["100k"] }])).toThrow(/sizes/);
    expect(() => parseBudgets([{ figure: "refresh_ms", maximum: 1 }])).toThrow(/maximum/);
    expect(() => parseBudgets({ figure: "refresh_ms" })).toThrow(/array/);
    expect(() =>
      parseBudgets([
        { figure: "a_ms", max: 1 },
        { figure: "a_ms", max: 2, sizes: ["1M"] },
      ]),
    ).toThrow(/two budgets for a_ms at 1M/);
  });

  it("says which file it could not read", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ld-budgets-"));
    try {
      const file = path.join(dir, "budgets.json");
      writeFileSync(file, "[{ not json");
      expect(() => loadBudgets(file)).toThrow(file);
      expect(() => loadBudgets(path.join(dir, "missing.json"))).toThrow(/Cannot read budgets/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("reports", () => {
  const run = result([
    size("10k", [
      ms("refresh_ms", 120, 80),
      { id: "refresh_ratio", label: "Refresh: dashboard/raw API", unit: "ratio", value: 1.5 },
      ms("alt_b_ms", 100.4),
      { id: "first_load_js_kib", label: "First-load JS (gzip)", unit: "KiB", value: 291.43 },
    ]),
  ]);
  const budgets: Budget[] = [
    { figure: "refresh_ms", max: 150 },
    { figure: "refresh_ratio", max: 1.5 },
    { figure: "alt_b_ms", max: 100 },
    { figure: "first_load_js_kib", max: 170 },
    { figure: "lighthouse_accessibility", min: 1 },
  ];
  const checks = checkBudgets(run, budgets);

  it("shows a missed figure with enough decimals not to read as its limit", () => {
    const altB = checks.find((check) => check.figure === "alt_b_ms");
    expect(altB && formatChecked(altB)).toBe("100.4 ms");
  });

  it("markdownReport has the run line, every figure and held or missed marks", () => {
    const markdown = markdownReport(run, checks);
    expect(markdown).toContain("2025-01-02T03:04:05Z");
    expect(markdown).toContain("full run");
    expect(markdown).toContain("2 × Test CPU");
    expect(markdown).toContain("10,000 balances");
    expect(markdown).toMatch(/\| label of refresh_ms \| 120 ms \| 80 ms \| 5 \| ≤ 150 ms \| ✅ held \|/);
    expect(markdown).toMatch(/\| Refresh: dashboard\/raw API \| 1\.50× \|.*≤ 1\.5× \| ✅ held \|/);
    expect(markdown).toMatch(/\| label of alt_b_ms \| 100\.4 ms \|.*≤ 100 ms \| ❌ missed \|/);
    expect(markdown).toMatch(/\| First-load JS \(gzip\) \| 291\.4 KiB \|.*❌ missed \|/);
    expect(markdown).toMatch(/\| lighthouse_accessibility \| not measured \|.*≥ 1 \| – not measured \|/);
    expect(markdown).toContain("2 held, 2 missed, 1 not measured");
    expect(markdownReport({ ...run, quick: true }, checks)).toContain("quick run");
  });

  it("consoleReport prints each budget as held or missed with its figure", () => {
    const text = consoleReport(run, checks);
    expect(text).toMatch(/held\s+label of refresh_ms @ 10k\s+120 ms \(≤ 150 ms\)/);
    expect(text).toMatch(/missed\s+label of alt_b_ms @ 10k\s+100\.4 ms \(≤ 100 ms\)/);
    expect(text).toMatch(/not measured\s+lighthouse_accessibility @ 10k\s+\(≥ 1\)/);
    expect(text).toContain("(raw API 80 ms)");
  });
});

describe("updateReadmeSection", () => {
  const readme =
    "# Ledger Desk\n\n## Benchmark\n\n<!-- bench:start -->\nold table\n<!-- bench:end -->\n\nAfter.\n";

  it("replaces what is between the markers and keeps the rest", () => {
    const updated = updateReadmeSection(readme, "| new | table |\n");
    expect(updated).toBe(
      "# Ledger Desk\n\n## Benchmark\n\n<!-- bench:start -->\n| new | table |\n<!-- bench:end -->\n\nAfter.\n",
    );
    expect(updateReadmeSection(updated, "| new | table |")).toBe(updated);
  });

  it("throws a clear error when a marker is missing or out of order", () => {
    expect(() => updateReadmeSection("# Ledger Desk\n", "x")).toThrow(
      /<!-- bench:start -->.*<!-- bench:end -->/,
    );
    expect(() => updateReadmeSection("<!-- bench:start -->\n", "x")).toThrow(/<!-- bench:end --> not found/);
    expect(() => updateReadmeSection("<!-- bench:end -->\n<!-- bench:start -->\n", "x")).toThrow(/before/);
  });

  it("leaves the repository README alone when it has its markers", () => {
    const text = readFileSync(path.resolve(import.meta.dirname, "..", "..", "README.md"), "utf8");
    if (!text.includes("<!-- bench:start -->")) return;
    expect(updateReadmeSection(text, "table")).toContain("table");
  });
});
