// The balance summary panel at the run's size, opened by a click on a row of the loaded /balances: from the
// click to the panel's text visible (its fields, the balance's ID among them), and from the same click to its
// "Balance activity" chart drawn (the chart's data is asked for once the text is on screen, its code fetched
// then). Each sample loads /balances afresh and opens another row, so nothing comes from the last one's cache.
// Beside them the raw Blnk calls: the summary's read, and the last 7 days' statement the chart draws.
import type { Page } from "@playwright/test";
import type { SizeRun } from "./interactions";
import { loadBalances } from "./measure";
import { log, timing } from "./sample";
import { lastDays, rawStatement } from "./statement";
import type { Figure } from "./types";

type Opened = { id: string; text: number; chart: number };

/** Clicks row `index` of the Balances table; resolves with the ms to the panel's text and to its chart drawn. */
function timeOpen(page: Page, index: number): Promise<Opened> {
  return page.evaluate((rowIndex) => {
    const rows = document.querySelectorAll<HTMLElement>('table[aria-label="Balances"] tbody tr[data-row-id]');
    const row = rows[rowIndex % rows.length];
    const id = row?.getAttribute("data-row-id");
    if (!row || !id) return Promise.reject(new Error("no balance row to open"));
    const panel = () =>
      [...document.querySelectorAll('[role="dialog"]')].find(
        (dialog) =>
          document.getElementById(dialog.getAttribute("aria-labelledby") || "")?.textContent?.trim() ===
          "Balance summary",
      );
    const textShown = () =>
      [...(panel()?.querySelectorAll("dl dd") ?? [])].some((dd) => dd.textContent?.includes(id));
    const chartShown = () => Boolean(panel()?.querySelector('[data-testid="balance-chart"][data-drawn]'));
    const start = performance.now();
    const until = (done: () => boolean, what: string) =>
      new Promise<number>((resolve, reject) => {
        const check = () => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timer);
          const at = performance.now();
          requestAnimationFrame(() => resolve(Math.max(at, performance.now()) - start));
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${what}: not within 30 s`));
        }, 30_000);
      });
    const text = until(textShown, "summary text");
    const chart = until(chartShown, "balance activity chart");
    row.click();
    return Promise.all([text, chart]).then(([textMs, chartMs]) => ({ id, text: textMs, chart: chartMs }));
  }, index);
}

export async function measureSummaryPanel(run: SizeRun): Promise<Figure[]> {
  const { size, page, url, raw, sample } = run;
  log(`${size}: summary panel and its Balance activity`);
  const opened: Opened[] = [];
  await sample("summary panel text", async (index) => {
    await loadBalances(page, url);
    const open = await timeOpen(page, index + 1);
    if (index >= 0) opened.push(open);
    return open.text;
  });
  const chart = opened.map((open) => open.chart);
  log(`${size}: balance activity drawn: ${chart.map((ms) => ms.toFixed(0)).join(", ")}`);
  const ids = opened.map((open) => open.id);
  const week = lastDays(7, new Date());
  const pick = (index: number) => ids[Math.max(0, index) % ids.length] as string;
  const summaryRaw = await sample(
    "raw: summary",
    async (index) =>
      (await raw.call("GET", `/balances/${encodeURIComponent(pick(index))}?include=ledger`)).ms,
  );
  const chartRaw = await sample(
    "raw: balance activity",
    async (index) => (await rawStatement(raw, pick(index), week, false)).ms,
  );
  return [
    ...timing(
      "summary_text_ms",
      "Summary panel: click to text visible",
      opened.map((o) => o.text),
      summaryRaw,
    ),
    ...timing("balance_activity_ms", "Balance activity: click to chart drawn", chart, chartRaw),
  ];
}
