// Layout shift as the page sees it: the sum of 'layout-shift' entries without recent input (the shifts
// cumulative layout shift counts), from the start of every document the page loads.
import type { Page } from "@playwright/test";

declare global {
  interface Window {
    __ldLayoutShift?: number;
  }
}

/** Before any page script runs, in every document the page loads: sums layout shifts into window.__ldLayoutShift. */
export async function installLayoutShiftObserver(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__ldLayoutShift = 0;
    if (typeof PerformanceObserver === "undefined") return;
    if (!PerformanceObserver.supportedEntryTypes?.includes("layout-shift")) return;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >) {
        if (!entry.hadRecentInput) window.__ldLayoutShift = (window.__ldLayoutShift ?? 0) + entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/**
 * The layout shift summed since the current document started (after two animation frames, so shifts from the
 * last render are counted). Throws when the observer is not installed in this document.
 */
export async function readLayoutShift(page: Page): Promise<number> {
  const value = await page.evaluate(
    () =>
      new Promise<number | null>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__ldLayoutShift ?? null)));
      }),
  );
  if (value === null)
    throw new Error("No layout-shift observer in this page: call installLayoutShiftObserver first");
  return value;
}
