// `npm run bench [-- --quick] [--runs N] [--no-readme]`: seeds a fresh embedded ledger at 10,000 and
// 1,000,000 balances (--quick: the first only), builds and starts the production dashboard on each, measures
// what ops staff feel in Chromium (median of N runs after a warm-up) beside the raw Blnk API calls behind
// each action, checks bench/budgets.json, and writes bench/results.{json,md} and the README's table.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { checkBudgets, loadBudgets } from "./budgets";
import { consoleReport, markdownReport, updateReadmeSection } from "./report";
import { log, sampler } from "./sample";
import { buildDashboard, ROOT, stopAll } from "./servers";
import { measureSize } from "./size-run";
import { type BenchResult, SIZES, type SizeResult } from "./types";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"];

const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    runs: { type: "string", default: "7" },
    "lighthouse-runs": { type: "string", default: "5" },
    "no-readme": { type: "boolean", default: false },
    "dist-dir": { type: "string", default: ".next-benchmark" },
    /** Reuse the build already in --dist-dir (while working on the benchmark itself). */
    "skip-build": { type: "boolean", default: false },
  },
});
const RUNS = Math.max(5, Number(flags.runs));
const LIGHTHOUSE_RUNS = Math.max(1, Number(flags["lighthouse-runs"]));

async function main() {
  const started = Date.now();
  const budgets = loadBudgets();
  const distDir = flags["dist-dir"] ?? ".next-benchmark";
  if (flags["skip-build"] && existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
    log(`reusing the build in ${distDir}`);
  } else {
    log(`building the dashboard into ${distDir}`);
    buildDashboard(distDir);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const sizes = flags.quick ? SIZES.slice(0, 1) : SIZES;
  const results: SizeResult[] = [];
  const options = {
    distDir,
    browser,
    sample: sampler(RUNS),
    chromePath: CHROMIUM,
    lighthouseRuns: LIGHTHOUSE_RUNS,
  };
  try {
    for (const size of sizes) results.push(await measureSize(size, options));
  } finally {
    await browser.close();
  }
  const cpus = os.cpus();
  const result: BenchResult = {
    date: new Date().toISOString(),
    quick: Boolean(flags.quick),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      chromium: browser.version(),
    },
    sizes: results,
  };
  const checks = checkBudgets(result, budgets);
  const markdown = markdownReport(result, checks);
  writeFileSync(path.join(ROOT, "bench", "results.json"), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(ROOT, "bench", "results.md"), markdown);
  if (!flags["no-readme"]) {
    const readme = path.join(ROOT, "README.md");
    writeFileSync(readme, updateReadmeSection(readFileSync(readme, "utf8"), markdown));
  }
  console.log(consoleReport(result, checks));
  log(
    `done in ${((Date.now() - started) / 60_000).toFixed(1)} min; wrote bench/results.json and bench/results.md`,
  );
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}

main().catch(async (error) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await stopAll();
  process.exit(1);
});
