// What ops staff feel, timed inside Chromium: every figure is taken with performance.now() in the page, from
// the input event (or navigation start) to the first frame drawn after the result is in the DOM. The in-page
// part is an init script (the dashboard's CSP forbids eval, so nothing is built from strings in the page).
import type { Page } from "@playwright/test";

const TIMEOUT_MS = 30_000;

type Kind = "refresh" | "nextPage" | "create" | "search";
type BenchWindow = {
  __ldBench: {
    rowsAt: number | null;
    firstRowId: () => string | null;
    time: (kind: Kind, arg: unknown) => Promise<number>;
    armAltB: () => void;
    altB: Promise<number> | null;
    sheetOpen: (name: string) => boolean;
  };
};

/** The in-page recorder and timers, added before any of the page's own scripts on every navigation. */
function benchInit(timeoutMs: number) {
  const ROW = 'table[aria-label="Balances"] tbody tr[data-balance-row]';
  const dialogNamed = (name: string) =>
    [...document.querySelectorAll('[role="dialog"]')].find((dialog) => {
      const title = document.getElementById(dialog.getAttribute("aria-labelledby") || "");
      return title?.textContent?.trim() === name;
    });
  const firstRowId = () => document.querySelector(ROW)?.getAttribute("data-balance-row") ?? null;

  /** Resolves with the ms from `start` to the first frame after `done()` holds (checked on DOM and focus changes). */
  const until = (start: number, done: () => boolean, what: string) =>
    new Promise<number>((resolve, reject) => {
      let finished = false;
      const check = () => {
        if (finished || !done()) return;
        finished = true;
        const at = performance.now();
        observer.disconnect();
        document.removeEventListener("focusin", check, true);
        clearTimeout(timer);
        requestAnimationFrame(() => resolve(Math.max(at, performance.now()) - start));
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      document.addEventListener("focusin", check, true);
      const timer = setTimeout(() => {
        finished = true;
        observer.disconnect();
        reject(new Error(`${what}: not done within ${timeoutMs} ms`));
      }, timeoutMs);
      queueMicrotask(check);
    });

  const actions: Record<Kind, (arg: never) => Promise<number>> = {
    // Refresh: click to the newest balance (created through the API just before) being the first row.
    refresh: (expectedFirstId: string) => {
      const button = [...document.querySelectorAll("button")].find(
        (b) => b.textContent?.trim() === "Refresh",
      );
      const start = performance.now();
      button?.click();
      return until(start, () => firstRowId() === expectedFirstId, "refresh");
    },
    // Next page: click "Next" to the first row of page 2.
    nextPage: (firstIdOnPage1: string) => {
      const link = document.querySelector<HTMLAnchorElement>(
        'nav[aria-label="Balances pages"] a[rel="next"]',
      );
      const start = performance.now();
      link?.click();
      return until(
        start,
        () => {
          const id = firstRowId();
          return id !== null && id !== firstIdOnPage1 && location.search.includes("page=2");
        },
        "next page",
      );
    },
    // Create: click the form's "Create balance" to the new balance's summary panel showing its ID.
    create: () => {
      const before = new URLSearchParams(location.search).get("balance");
      const sheet = dialogNamed("Create balance");
      const submit = [...(sheet?.querySelectorAll<HTMLButtonElement>('button[type="submit"]') ?? [])].find(
        (b) => b.textContent?.includes("Create balance"),
      );
      const start = performance.now();
      submit?.click();
      return until(
        start,
        () => {
          const id = new URLSearchParams(location.search).get("balance");
          return Boolean(id && id !== before && dialogNamed("Balance summary")?.textContent?.includes(id));
        },
        "create",
      );
    },
    // Search: typing the text (one input event) to a suggestion containing `expect`.
    search: ({ label, text, expect }: { label: string; text: string; expect: string }) => {
      const sheet = dialogNamed("Create balance");
      const box = [...(sheet?.querySelectorAll<HTMLInputElement>('[role="combobox"]') ?? [])].find((el) =>
        el.labels?.[0]?.textContent?.trim().startsWith(label),
      );
      if (!box) return Promise.reject(new Error(`no ${label} combobox`));
      box.focus();
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      const start = performance.now();
      setValue?.call(box, text);
      box.dispatchEvent(new InputEvent("input", { bubbles: true, data: text, inputType: "insertText" }));
      return until(
        start,
        () => {
          // The answer to this search: suggestions, all of them matching (the list shown on focus, before
          // typing, already holds the newest records, these among them).
          const options = [...document.querySelectorAll('[role="option"]')];
          return options.length > 0 && options.every((o) => o.textContent?.includes(expect));
        },
        `${label} search`,
      );
    },
  };

  const state: BenchWindow["__ldBench"] = {
    rowsAt: null,
    firstRowId,
    time: (kind, arg) => actions[kind](arg as never),
    altB: null,
    // Alt+B: from the keydown event to the "Create balance" sheet drawn with focus inside it.
    armAltB: () => {
      state.altB = new Promise<number>((resolve, reject) => {
        document.addEventListener(
          "keydown",
          (event) => {
            until(
              event.timeStamp,
              () => Boolean(dialogNamed("Create balance")?.contains(document.activeElement)),
              "Alt+B",
            ).then(resolve, reject);
          },
          { capture: true, once: true },
        );
      });
    },
    sheetOpen: (name) => Boolean(dialogNamed(name)),
  };
  (window as unknown as BenchWindow).__ldBench = state;

  // Rows visible after navigation: the frame that first shows a Balances row.
  const rows = new MutationObserver(() => {
    if (!document.querySelector(ROW)) return;
    rows.disconnect();
    const found = performance.now();
    requestAnimationFrame(() => {
      state.rowsAt = Math.max(found, performance.now());
    });
  });
  rows.observe(document, { childList: true, subtree: true });
}

export async function installBench(page: Page) {
  await page.addInitScript(benchInit, TIMEOUT_MS);
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

export async function waitForSheet(page: Page, name: string, open: boolean) {
  await page.waitForFunction(
    ({ name, open }) => (window as unknown as BenchWindow).__ldBench.sheetOpen(name) === open,
    { name, open },
    { timeout: TIMEOUT_MS },
  );
}
