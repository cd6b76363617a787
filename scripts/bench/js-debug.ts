// Debug aid (not part of the benchmark): the scripts /balances loads before its load event, biggest first.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { firstLoadJs } from "./js-size";
import { freePort, startDashboard, startLedger, stopAll } from "./servers";

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ld-js-"));
  try {
    const key = "debug-key-123456";
    const ledger = await startLedger({ port: await freePort(), dataDir, seed: "demo", key });
    const dash = await startDashboard({
      port: await freePort(),
      distDir: process.argv[2] ?? ".next-benchmark",
      blnkUrl: ledger.url,
      key,
    });
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
    const page = await (await browser.newContext()).newPage();
    const js = await firstLoadJs(page, `${dash.url}/balances`);
    console.log(`first load: ${js.kib.toFixed(1)} KiB`);
    for (const s of js.scripts)
      console.log(`  ${(s.gzipBytes / 1024).toFixed(1)}\t${s.url.split("/").pop()}`);
    console.log("later:");
    for (const s of js.later) console.log(`  ${(s.gzipBytes / 1024).toFixed(1)}\t${s.url.split("/").pop()}`);
    // Layout shifts with their sources, over a load and a Refresh.
    const shiftPage = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await shiftPage.addInitScript(() => {
      const w = window as unknown as { __shifts: string[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<
          PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
          }
        >) {
          const sources = (entry.sources ?? []).map((source) => {
            const el = source.node as Element | undefined;
            const name = el
              ? `${el.nodeName}.${(el as HTMLElement).className?.toString().slice(0, 60)} "${el.textContent?.slice(0, 40)}"`
              : "?";
            return `${name} ${JSON.stringify(source.previousRect)} -> ${JSON.stringify(source.currentRect)}`;
          });
          w.__shifts.push(
            `${entry.startTime.toFixed(0)}ms value ${entry.value.toFixed(4)} input=${entry.hadRecentInput}\n    ${sources.join("\n    ")}`,
          );
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await shiftPage.goto(`${dash.url}/balances`, { waitUntil: "networkidle" });
    await shiftPage.waitForTimeout(1500);
    await shiftPage.getByRole("button", { name: "Refresh" }).click();
    await shiftPage.waitForTimeout(1000);
    console.log(
      (await shiftPage.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).join("\n"),
    );
    await browser.close();
  } finally {
    await stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
