// `npm run bench [-- --quick] [--runs N] [--no-readme]`: seeds a fresh embedded ledger at 10,000 and
// 1,000,000 balances (--quick: the first only), builds and starts the production dashboard on each, measures
// what ops staff feel in Chromium (median of N runs after a warm-up) beside the raw Blnk API calls behind
// each action, checks bench/budgets.json, and writes bench/results.{json,md} and the README's table.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type Browser, chromium, type Page } from "@playwright/test";
import { checkBudgets, loadBudgets, median } from "./budgets";
import { firstLoadJs, installLayoutShiftObserver, readLayoutShift } from "./js-size";
import { runLighthouse } from "./lighthouse";
import {
  firstRowId,
  installBench,
  loadBalances,
  timeAltB,
  timeCreate,
  timeNextPage,
  timeRefresh,
  timeSearch,
  waitForSheet,
} from "./measure";
import { rawApi } from "./raw-api";
import { consoleReport, markdownReport, updateReadmeSection } from "./report";
import {
  buildDashboard,
  freePort,
  ROOT,
  seedBalances,
  startDashboard,
  startLedger,
  stopAll,
} from "./servers";
import { type BenchResult, type Figure, SIZES, type SizeResult } from "./types";

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

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Runs `measure` once to warm up, then RUNS times; returns the samples. */
async function sample(what: string, measure: (run: number) => Promise<number>): Promise<number[]> {
  await measure(-1);
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) samples.push(await measure(run));
  log(`${what}: median ${median(samples).toFixed(1)} (${samples.map((s) => s.toFixed(0)).join(", ")})`);
  return samples;
}

function timing(id: string, label: string, samples: number[], raw?: number[]): Figure[] {
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

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // tsx names functions with esbuild's __name helper; the functions sent into the page need it too.
  await page.addInitScript({ content: "window.__name = (fn) => fn;" });
  await installBench(page);
  return page;
}

async function measureSize(
  size: (typeof SIZES)[number],
  distDir: string,
  browser: Browser,
): Promise<SizeResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `ledger-desk-bench-${size.id}-`));
  const key = `bench-${crypto.randomUUID()}`;
  const ledgerPort = await freePort();
  try {
    log(`${size.id}: demo data, then ${size.balances.toLocaleString("en-US")} balances into ${dataDir}`);
    const seeding = await startLedger({ port: ledgerPort, dataDir, seed: "demo", key });
    await seeding.stop();
    seedBalances(dataDir, size.balances);
    const ledger = await startLedger({ port: ledgerPort, dataDir, seed: "none", key });
    const raw = rawApi(ledger.url, key);
    const token = Math.random().toString(36).slice(2, 7);
    const names = { a: `Alpha${token}`, b: `Bravo${token}` };
    const ledgers = {
      a: await raw.createLedger(`${names.a} Wallets`),
      b: await raw.createLedger(`${names.b} Wallets`),
    };
    await raw.createIdentity(names.a, "Bench");
    await raw.createIdentity(names.b, "Bench");

    const dashboard = await startDashboard({ port: await freePort(), distDir, blnkUrl: ledger.url, key });
    const url = `${dashboard.url}/balances`;
    const page = await newPage(browser);
    const figures: Figure[] = [];

    log(`${size.id}: /balances load`);
    const loads: Array<{ ttfb: number; rowsVisible: number }> = [];
    await sample("rows visible", async (run) => {
      const load = await loadBalances(page, url);
      if (run >= 0) loads.push(load);
      return load.rowsVisible;
    });
    const pageRaw = await sample("raw: balances page", async () => (await raw.balancesPage(1)).ms);
    figures.push(
      ...timing(
        "ttfb_ms",
        "/balances: time to first byte",
        loads.map((l) => l.ttfb),
      ),
    );
    figures.push(
      ...timing(
        "rows_visible_ms",
        "/balances: rows visible",
        loads.map((l) => l.rowsVisible),
        pageRaw,
      ),
    );

    log(`${size.id}: Refresh`);
    await loadBalances(page, url);
    const refresh = await sample("refresh", async () => {
      const { id } = await raw.createBalance(ledgers.a, "USD");
      return timeRefresh(page, id);
    });
    figures.push(...timing("refresh_ms", "Refresh: click to updated rows", refresh, pageRaw));

    log(`${size.id}: next page`);
    const nextPage = await sample("next page", async () => {
      await loadBalances(page, url);
      return timeNextPage(page, (await firstRowId(page)) ?? "");
    });
    const page2Raw = await sample("raw: page 2", async () => (await raw.balancesPage(2)).ms);
    figures.push(...timing("next_page_ms", "Next page: click to rows", nextPage, page2Raw));

    log(`${size.id}: Alt+B`);
    await loadBalances(page, url);
    const altB = await sample("Alt+B", async () => {
      const ms = await timeAltB(page);
      await page.keyboard.press("Escape");
      await waitForSheet(page, "Create balance", false);
      return ms;
    });
    figures.push(...timing("alt_b_ms", "Alt+B: Create balance sheet visible and focused", altB));

    log(`${size.id}: searches in the create flow`);
    await loadBalances(page, url);
    await page.keyboard.press("Alt+B");
    await waitForSheet(page, "Create balance", true);
    const pick = (run: number) => (run % 2 === 0 ? names.a : names.b);
    const ledgerSearch = await sample("ledger search", (run) =>
      timeSearch(page, "Ledger", pick(run), pick(run)),
    );
    const ledgerRaw = await sample(
      "raw: ledger search",
      async (run) => (await raw.ledgerSearch(pick(run))).ms,
    );
    const sheet = page.getByRole("dialog", { name: "Create balance" });
    await sheet.getByRole("button", { name: "Advanced options" }).click();
    await sheet.getByRole("switch", { name: "Assign an owner to this balance" }).click();
    const identitySearch = await sample("identity search", (run) =>
      timeSearch(page, "Identity", pick(run), pick(run)),
    );
    const identityRaw = await sample(
      "raw: identity search",
      async (run) => (await raw.identitySearch(pick(run))).ms,
    );
    figures.push(
      ...timing("ledger_search_ms", "Ledger search: keystroke to suggestions", ledgerSearch, ledgerRaw),
    );
    figures.push(
      ...timing(
        "identity_search_ms",
        "Identity search: keystroke to suggestions",
        identitySearch,
        identityRaw,
      ),
    );

    log(`${size.id}: create balance`);
    await loadBalances(page, url);
    const create = await sample("create", async () => {
      // The previous run's sheet must be gone (it closes as the summary opens) before ⌥B opens a new one.
      await waitForSheet(page, "Create balance", false);
      await page.keyboard.press("Alt+B");
      await waitForSheet(page, "Create balance", true);
      await sheet.getByRole("combobox", { name: "Ledger" }).fill(names.a);
      await page.getByRole("option", { name: new RegExp(names.a) }).click();
      await sheet.getByLabel("Currency").fill("USD");
      return timeCreate(page);
    });
    const createRaw = await sample("raw: create", () => raw.createFlow(ledgers.a, "USD"));
    figures.push(...timing("create_ms", "Create balance: submit to summary open", create, createRaw));

    log(`${size.id}: first-load JavaScript and layout shift`);
    const jsPage = await newPage(browser);
    const js = await firstLoadJs(jsPage, url);
    figures.push({
      id: "first_load_js_kib",
      label: "/balances: first-load JavaScript (gzip)",
      unit: "KiB",
      value: js.kib,
    });
    const shiftPage = await newPage(browser);
    await installLayoutShiftObserver(shiftPage);
    await loadBalances(shiftPage, url);
    await shiftPage.waitForTimeout(1000);
    // A real click (an input: shifts right after it are expected and not counted, as in CLS).
    await raw.createBalance(ledgers.a, "USD");
    await shiftPage.getByRole("button", { name: "Refresh" }).click();
    await shiftPage.waitForTimeout(1000);
    const pageShift = await readLayoutShift(shiftPage);
    await jsPage.context().close();
    await shiftPage.context().close();
    await page.context().close();

    log(`${size.id}: Lighthouse ×${LIGHTHOUSE_RUNS}`);
    const lighthouse = await runLighthouse(url, { chromePath: CHROMIUM, runs: LIGHTHOUSE_RUNS });
    figures.push(
      {
        id: "lighthouse_performance",
        label: "Lighthouse performance (mobile)",
        unit: "score",
        value: median(lighthouse.performance),
        samples: lighthouse.performance,
      },
      {
        id: "lighthouse_accessibility",
        label: "Lighthouse accessibility (mobile)",
        unit: "score",
        value: median(lighthouse.accessibility),
        samples: lighthouse.accessibility,
      },
      ...(
        [
          [
            "largest-contentful-paint",
            "lighthouse_lcp_ms",
            "Lighthouse: largest contentful paint (simulated mobile)",
          ],
          ["total-blocking-time", "lighthouse_tbt_ms", "Lighthouse: total blocking time (simulated mobile)"],
        ] as const
      )
        .filter(([metric]) => lighthouse.metrics[metric].length > 0)
        .map(
          ([metric, id, label]): Figure => ({
            id,
            label,
            unit: "ms",
            value: median(lighthouse.metrics[metric]),
            samples: lighthouse.metrics[metric],
          }),
        ),
      {
        id: "layout_shift",
        label: "/balances: layout shift (load and Refresh)",
        unit: "shift",
        value: Math.max(pageShift, median(lighthouse.cls)),
      },
    );

    await dashboard.stop();
    await ledger.stop();
    return { size: size.id, balances: size.balances, figures };
  } finally {
    await stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

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
  try {
    for (const size of sizes) results.push(await measureSize(size, distDir, browser));
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
