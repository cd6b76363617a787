// "Filter: apply to rows visible" at the run's size: the Balances panel filled with "Balance" "Greater than"
// 1000 USD, then timed inside the page from the click on "Apply filters" to the first frame whose table shows
// the filtered rows (the URL holds the filter and the first row is one Blnk returns for it), beside the one raw
// Blnk call those rows take.
import type { Page } from "@playwright/test";
import type { SizeRun } from "./interactions";
import { log, timing } from "./sample";
import type { Figure } from "./types";

const FILTERS = [
  { field: "currency", operator: "eq", value: "USD" },
  { field: "balance", operator: "gt", value: "100000" },
];

/** Clicks "Apply filters" and resolves with the ms to the first frame showing `expectedFirstId` first. */
function timeApply(page: Page, expectedFirstId: string): Promise<number> {
  return page.evaluate((expected) => {
    const firstId = () =>
      document
        .querySelector('table[aria-label="Balances"] tbody tr[data-row-id]')
        ?.getAttribute("data-row-id") ?? null;
    const button = [...document.querySelectorAll("button")].find(
      (b) => b.textContent?.trim() === "Apply filters",
    );
    return new Promise<number>((resolve, reject) => {
      const start = performance.now();
      const check = () => {
        if (!location.search.includes("f.balance.gt") || firstId() !== expected) return;
        observer.disconnect();
        clearTimeout(timer);
        const at = performance.now();
        requestAnimationFrame(() => resolve(Math.max(at, performance.now()) - start));
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, attributes: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error("apply filters: rows not shown within 30 s"));
      }, 30_000);
      button?.click();
    });
  }, expectedFirstId);
}

export async function measureFilterApply(run: SizeRun): Promise<Figure[]> {
  const { size, page, raw, sample } = run;
  const origin = new URL(run.url).origin;
  log(`${size}: apply filters`);
  const body = {
    filters: FILTERS,
    include_count: false,
    limit: 21,
    offset: 0,
    sort_by: "created_at",
    sort_order: "desc",
  };
  const first = /"balance_id":"([^"]+)"/.exec((await raw.call("POST", "/balances/filter", body)).text)?.[1];
  if (!first) throw new Error("apply filters: no USD balance over 1000 to show");
  const panel = page.getByRole("dialog", { name: "Filters" });
  const apply = await sample("apply filters", async () => {
    await page.goto(`${origin}/balances`);
    // `F` before the page has hydrated does nothing: press again until the panel is there.
    for (let tries = 0; !(await panel.isVisible()) && tries < 20; tries++) {
      await page.keyboard.press("f");
      await panel.waitFor({ timeout: 500 }).catch(() => undefined);
    }
    const row = panel.getByRole("listitem", { name: "Filter" });
    await row.getByLabel("Field").selectOption({ label: "Balance" });
    await row.getByLabel("Operator").selectOption({ label: "Greater than" });
    await row.getByLabel("Value", { exact: true }).fill("1000");
    await row.getByLabel("Currency").fill("USD");
    return timeApply(page, first);
  });
  const applyRaw = await sample("raw: filtered balances page", async () => {
    return (await raw.call("POST", "/balances/filter", body)).ms;
  });
  return timing("filter_apply_ms", "Filter: apply to rows visible", apply, applyRaw);
}
