// The benchmark's in-page half: the recorder and timers that run inside the dashboard's page, before any of its
// own scripts, on every navigation. The dashboard's CSP forbids eval, so nothing is built from strings in the
// page: `benchInitScript()` sends the source of the functions listed in IN_PAGE as one init script, the way
// Playwright sends a single function. So these functions run in the browser, not in Node: each may use the
// DOM, TIMEOUT_MS and the other functions in IN_PAGE, and nothing else from this process.

export const TIMEOUT_MS = 30_000;

export type Kind = "refresh" | "nextPage" | "create" | "search" | "submit" | "paste";
export type SearchArg = { label: string; text: string; expect: string };
/** A write's confirm button in a dialog, and the text that shows it done (inside the region named `within`). */
export type SubmitArg = { dialog: string; button: string; text: string; within?: string };

/** What the page exposes to the benchmark as `window.__ldBench`. */
export type BenchWindow = {
  __ldBench: {
    rowsAt: number | null;
    firstRowId: () => string | null;
    time: (kind: Kind, arg: unknown) => Promise<number>;
    armAltB: () => void;
    altB: Promise<number> | null;
    armPalette: () => void;
    palette: Promise<number> | null;
    sheetOpen: (name: string) => boolean;
  };
};

function dialogNamed(name: string): Element | undefined {
  return [...document.querySelectorAll('[role="dialog"]')].find((dialog) => {
    const title = document.getElementById(dialog.getAttribute("aria-labelledby") || "");
    return title?.textContent?.trim() === name;
  });
}

function firstRow(): Element | null {
  return document.querySelector(
    'table[aria-label="Balances"] tbody tr[data-row-id], table[aria-label="Transactions"] tbody tr[data-row-id]',
  );
}

/** A transaction's details page is visible once its Details list is in the DOM. */
function detailsShown(): boolean {
  return document.querySelector('section[aria-labelledby="transaction-details"] dd') !== null;
}

/** A statement is visible once its check line and a row of its Movements table are drawn. */
function statementShown(): boolean {
  const check = document.querySelector('[data-testid="statement-check"]');
  const row = document.querySelector('table[aria-labelledby="statement-movements"] tbody tr');
  return Boolean(check?.getClientRects().length && row?.getClientRects().length);
}

function firstRowId(): string | null {
  return firstRow()?.getAttribute("data-row-id") ?? null;
}

function buttonNamed(name: string): HTMLButtonElement | undefined {
  return [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === name);
}

/** Resolves with the ms from `start` to the first frame after `done()` holds (checked on DOM and focus changes). */
function until(start: number, done: () => boolean, what: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
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
      reject(new Error(`${what}: not done within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    queueMicrotask(check);
  });
}

/** Refresh: click to the newest balance (created through the API just before) being the first row. */
function timeRefreshClick(expectedFirstId: string): Promise<number> {
  const button = buttonNamed("Refresh");
  const start = performance.now();
  button?.click();
  return until(start, () => firstRowId() === expectedFirstId, "refresh");
}

/** Next page: click "Next" to the first row of page 2. */
function timeNextPageClick(firstIdOnPage1: string): Promise<number> {
  const link = document.querySelector<HTMLAnchorElement>('nav[aria-label="Balances pages"] a[rel="next"]');
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
}

/** Create: click the form's "Create balance" to the new balance's summary panel showing its ID. */
function timeCreateClick(): Promise<number> {
  const before = new URLSearchParams(location.search).get("balance");
  const sheet = dialogNamed("Create balance");
  const submit = [...(sheet?.querySelectorAll<HTMLButtonElement>('button[type="submit"]') ?? [])].find((b) =>
    b.textContent?.includes("Create balance"),
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
}

/** A write: the click on its dialog's button to the first frame showing `text` (in the region `within`). */
function timeSubmitClick({ dialog, button, text, within }: SubmitArg): Promise<number> {
  const submit = [...(dialogNamed(dialog)?.querySelectorAll("button") ?? [])].find(
    (b) => b.textContent?.trim() === button,
  );
  if (!submit) return Promise.reject(new Error(`no ${button} button in ${dialog}`));
  const scope = () =>
    within
      ? (document.querySelector(`[role="region"][aria-label="${within}"], section[aria-label="${within}"]`) ??
        [...document.querySelectorAll("section[aria-labelledby]")].find(
          (section) =>
            document.getElementById(section.getAttribute("aria-labelledby") || "")?.textContent?.trim() ===
            within,
        ))
      : document.body;
  const start = performance.now();
  submit.click();
  return until(start, () => Boolean(scope()?.textContent?.includes(text)), `${dialog}: ${button}`);
}

/** Search: typing the text (one input event) to a suggestion containing `expect`. */
function timeSearchInput({ label, text, expect }: SearchArg): Promise<number> {
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
}

/** From the next keydown event to the first frame after `done()` holds. */
function timeNextKeydown(done: () => boolean, what: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    document.addEventListener(
      "keydown",
      (event) => {
        until(event.timeStamp, done, what).then(resolve, reject);
      },
      { capture: true, once: true },
    );
  });
}

/** Alt+B's end: the "Create balance" sheet drawn with focus inside it. */
function createSheetFocused(): boolean {
  return Boolean(dialogNamed("Create balance")?.contains(document.activeElement));
}

/** ⌘K's end: the command palette drawn with its search box focused. */
function paletteSearchFocused(): boolean {
  const focused = document.activeElement;
  return Boolean(
    dialogNamed("Command palette")?.contains(focused) && focused?.getAttribute("role") === "combobox",
  );
}

/**
 * Palette paste: a transaction ID pasted into the open palette (one input event) and Enter pressed straight
 * after, as a person does, to the first frame of that transaction's page showing its details.
 */
function timePasteInPalette(id: string): Promise<number> {
  const box = dialogNamed("Command palette")?.querySelector<HTMLInputElement>('[role="combobox"]');
  if (!box) return Promise.reject(new Error("no open command palette"));
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  const start = performance.now();
  setValue?.call(box, id);
  box.dispatchEvent(new InputEvent("input", { bubbles: true, data: id, inputType: "insertFromPaste" }));
  setTimeout(() => {
    box.dispatchEvent(
      new KeyboardEvent("keydown", { key: "Enter", code: "Enter", bubbles: true, cancelable: true }),
    );
  }, 0);
  return until(
    start,
    () => location.pathname === `/transactions/${encodeURIComponent(id)}` && detailsShown(),
    "palette paste",
  );
}

/**
 * Puts `window.__ldBench` in place, then records the frame that first shows a table row (Balances,
 * Transactions), a transaction's details or a statement after navigation.
 */
function installBench(): void {
  const actions: Record<Kind, (arg: never) => Promise<number>> = {
    refresh: timeRefreshClick,
    nextPage: timeNextPageClick,
    create: timeCreateClick,
    search: timeSearchInput,
    submit: timeSubmitClick,
    paste: timePasteInPalette,
  };
  const state: BenchWindow["__ldBench"] = {
    rowsAt: null,
    firstRowId,
    time: (kind, arg) => actions[kind](arg as never),
    altB: null,
    armAltB: () => {
      state.altB = timeNextKeydown(createSheetFocused, "Alt+B");
    },
    palette: null,
    armPalette: () => {
      state.palette = timeNextKeydown(paletteSearchFocused, "⌘K");
    },
    sheetOpen: (name) => Boolean(dialogNamed(name)),
  };
  (window as unknown as BenchWindow).__ldBench = state;

  const rows = new MutationObserver(() => {
    if (!firstRow() && !detailsShown() && !statementShown()) return;
    rows.disconnect();
    const found = performance.now();
    requestAnimationFrame(() => {
      state.rowsAt = Math.max(found, performance.now());
    });
  });
  rows.observe(document, { childList: true, subtree: true });
}

const IN_PAGE = [
  dialogNamed,
  firstRow,
  detailsShown,
  statementShown,
  firstRowId,
  buttonNamed,
  until,
  timeRefreshClick,
  timeNextPageClick,
  timeCreateClick,
  timeSearchInput,
  timeSubmitClick,
  timeNextKeydown,
  createSheetFocused,
  paletteSearchFocused,
  timePasteInPalette,
  installBench,
];

/** The init script: the functions above, in a scope of their own, then installBench(). */
export function benchInitScript(): string {
  return [
    "(() => {",
    `const TIMEOUT_MS = ${JSON.stringify(TIMEOUT_MS)};`,
    ...IN_PAGE.map(String),
    "installBench();",
    "})();",
  ].join("\n");
}
