// One ledger size, start to finish: a fresh ledger seeded to the size, the production dashboard on it, the
// interactions, the summary panel, a statement and an export of every balance, first-load JavaScript and
// layout shift, then Lighthouse. Every process stops at the end.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { median } from "./budgets";
import { measureCommitHold } from "./commit-hold";
import { measureCreateTransaction } from "./create-transaction";
import { measureExport } from "./export";
import { measureFilterApply } from "./filters";
import { measureInteractions, type SizeRun } from "./interactions";
import { firstLoadJs, installLayoutShiftObserver, readLayoutShift } from "./js-size";
import { runLighthouse } from "./lighthouse";
import { installBench, loadBalances } from "./measure";
import { measurePalette } from "./palette";
import { rawApi } from "./raw-api";
import { log, type Sampler } from "./sample";
import { freePort, seedBalances, startCountingProxy, startDashboard, startLedger, stopAll } from "./servers";
import { measureStatement } from "./statement";
import { measureSummaryPanel } from "./summary-panel";
import { measureTransactions } from "./transactions";
import type { Figure, SIZES, SizeResult } from "./types";

export type SizeOptions = {
  distDir: string;
  browser: Browser;
  sample: Sampler;
  chromePath: string;
  lighthouseRuns: number;
};

export async function measureSize(size: (typeof SIZES)[number], options: SizeOptions): Promise<SizeResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `ledger-desk-bench-${size.id}-`));
  const key = `bench-${crypto.randomUUID()}`;
  try {
    const { ledger, raw, names, ledgers } = await startSeededLedger(size, dataDir, key);
    // The dashboard reaches the ledger through a counting pass-through (a loopback hop: well under 1 ms a call).
    const proxy = await startCountingProxy(ledger.url);
    const dashboard = await startDashboard({
      port: await freePort(),
      distDir: options.distDir,
      blnkUrl: proxy.url,
      key,
    });
    const url = `${dashboard.url}/balances`;
    const page = await newPage(options.browser);
    const run: SizeRun = { size: size.id, page, url, raw, sample: options.sample, names, ledgers };
    const figures: Figure[] = await measureInteractions(run);
    figures.push(...(await measureTransactions(run, proxy, newPage, options.browser)));
    figures.push(...(await measureCommitHold(run)));
    figures.push(...(await measureCreateTransaction(run)));
    figures.push(...(await measurePalette(run)));
    figures.push(...(await measureFilterApply(run)));
    figures.push(...(await measureSummaryPanel(run)));
    figures.push(...(await measureStatement(run)));
    figures.push(...(await measureExport(run, dashboard.pid, size.balances)));
    const { js, pageShift } = await measurePageWeight(run, options.browser);
    figures.push(js);
    figures.push(...(await lighthouseFigures(run, options, pageShift)));

    await dashboard.stop();
    await proxy.stop();
    await ledger.stop();
    return { size: size.id, balances: size.balances, figures };
  } finally {
    await stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The demo data, then the size's balances straight into the stopped ledger, then the ledger again with two
 * ledgers and identities named for this run (so the searches find exactly them).
 */
async function startSeededLedger(size: (typeof SIZES)[number], dataDir: string, key: string) {
  const ledgerPort = await freePort();
  log(
    `${size.id}: demo data, then ${size.balances.toLocaleString("en-US")} balances and ${size.transactions.toLocaleString("en-US")} transactions into ${dataDir}`,
  );
  const seeding = await startLedger({ port: ledgerPort, dataDir, seed: "demo", key });
  await seeding.stop();
  seedBalances(dataDir, size.balances, size.transactions);
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
  return { ledger, raw, names, ledgers };
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // tsx names functions with esbuild's __name helper; the functions sent into the page need it too.
  await page.addInitScript({ content: "window.__name = (fn) => fn;" });
  await installBench(page);
  return page;
}

/** First-load JavaScript of /balances, and the layout shift of a load and a Refresh; closes the run's pages. */
async function measurePageWeight({ size, page, url, raw, ledgers }: SizeRun, browser: Browser) {
  log(`${size}: first-load JavaScript and layout shift`);
  const jsPage = await newPage(browser);
  const { kib } = await firstLoadJs(jsPage, url);
  const js: Figure = {
    id: "first_load_js_kib",
    label: "/balances: first-load JavaScript (gzip)",
    unit: "KiB",
    value: kib,
  };
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
  return { js, pageShift };
}

/** Lighthouse's scores and metrics (medians), and layout shift: the worse of the page's and Lighthouse's. */
async function lighthouseFigures(
  { size, url }: SizeRun,
  { chromePath, lighthouseRuns }: SizeOptions,
  pageShift: number,
): Promise<Figure[]> {
  log(`${size}: Lighthouse ×${lighthouseRuns}`);
  const lighthouse = await runLighthouse(url, { chromePath, runs: lighthouseRuns });
  const metrics = [
    [
      "largest-contentful-paint",
      "lighthouse_lcp_ms",
      "Lighthouse: largest contentful paint (simulated mobile)",
    ],
    ["total-blocking-time", "lighthouse_tbt_ms", "Lighthouse: total blocking time (simulated mobile)"],
  ] as const;
  return [
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
    ...metrics
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
  ];
}
