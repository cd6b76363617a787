// What ops staff feel, timed inside Chromium: every figure is taken with performance.now() in the page, from
// the input event (or navigation start) to the first frame drawn after the result is in the DOM. The in-page
// part is an init script (in-page.ts; the dashboard's CSP forbids eval, so nothing is built from strings in the
// page).
import type { Page } from "@playwright/test";
import { type BenchWindow, benchInitScript, type SubmitArg, TIMEOUT_MS } from "./in-page";

/** The in-page recorder and timers (in-page.ts), added before any of the page's own scripts on every navigation. */
export async function installBench(page: Page) {
  await page.addInitScript({ content: benchInitScript() });
}

/** A fresh load of `url`: time to first byte and time until the table's rows are visible, from navigation start. */
export async function loadBalances(page: Page, url: string): Promise<{ ttfb: number; rowsVisible: number }> {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => (window as unknown as BenchWindow).__ldBench.rowsAt !== null, undefined, {
    timeout: TIMEOUT_MS,
  });
  // Hydrated: React has attached its props to the Refresh button (a click before that is a plain link or
  // does nothing, which would time the wrong thing).
  await page.waitForFunction(
    () => {
      const button = [...document.querySelectorAll("button")].find(
        (b) => b.textContent?.trim() === "Refresh",
      );
      return Boolean(button && Object.keys(button).some((key) => key.startsWith("__reactProps")));
    },
    undefined,
    { timeout: TIMEOUT_MS },
  );
  // Then idle, as the page is by the time a person acts on it: what it fetches after load (the next page,
  // the create form's chunk) has arrived.
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const rowsAt = (window as unknown as BenchWindow).__ldBench.rowsAt ?? Number.NaN;
    return {
      ttfb: navigation.responseStart - navigation.startTime,
      rowsVisible: rowsAt - navigation.startTime,
    };
  });
}

/** A fresh load of a page without Refresh (a transaction's details): navigation start to its content visible. */
export async function loadDetails(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => (window as unknown as BenchWindow).__ldBench.rowsAt !== null, undefined, {
    timeout: TIMEOUT_MS,
  });
  const visible = await page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return ((window as unknown as BenchWindow).__ldBench.rowsAt ?? Number.NaN) - navigation.startTime;
  });
  await page.waitForLoadState("networkidle");
  return visible;
}

export function firstRowId(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as BenchWindow).__ldBench.firstRowId());
}

export function timeRefresh(page: Page, expectedFirstId: string) {
  return page.evaluate(
    (id) => (window as unknown as BenchWindow).__ldBench.time("refresh", id),
    expectedFirstId,
  );
}

export function timeNextPage(page: Page, firstIdOnPage1: string) {
  return page.evaluate(
    (id) => (window as unknown as BenchWindow).__ldBench.time("nextPage", id),
    firstIdOnPage1,
  );
}

export function timeCreate(page: Page) {
  return page.evaluate(() => (window as unknown as BenchWindow).__ldBench.time("create", null));
}

/** A write confirmed in its dialog, to the page showing it done (see timeSubmitClick). */
export function timeSubmit(page: Page, arg: SubmitArg) {
  return page.evaluate((a) => (window as unknown as BenchWindow).__ldBench.time("submit", a), arg);
}

export function timeSearch(page: Page, label: "Ledger" | "Identity", text: string, expect: string) {
  return page.evaluate((arg) => (window as unknown as BenchWindow).__ldBench.time("search", arg), {
    label,
    text,
    expect,
  });
}

export async function timeAltB(page: Page): Promise<number> {
  await page.evaluate(() => (window as unknown as BenchWindow).__ldBench.armAltB());
  await page.keyboard.press("Alt+B");
  return page.evaluate(() => (window as unknown as BenchWindow).__ldBench.altB as Promise<number>);
}

/** ⌘K (Meta+K) to the command palette drawn with its search box focused. */
export async function timePaletteOpen(page: Page): Promise<number> {
  await page.evaluate(() => (window as unknown as BenchWindow).__ldBench.armPalette());
  await page.keyboard.press("Meta+K");
  return page.evaluate(() => (window as unknown as BenchWindow).__ldBench.palette as Promise<number>);
}

/** A transaction ID pasted into the open palette and Enter, to its page's details visible. */
export function timePalettePaste(page: Page, id: string) {
  return page.evaluate((arg) => (window as unknown as BenchWindow).__ldBench.time("paste", arg), id);
}

export async function waitForSheet(page: Page, name: string, open: boolean) {
  await page.waitForFunction(
    ({ name, open }) => (window as unknown as BenchWindow).__ldBench.sheetOpen(name) === open,
    { name, open },
    { timeout: TIMEOUT_MS },
  );
}
