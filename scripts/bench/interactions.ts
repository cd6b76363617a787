// What ops staff do on /balances, each timed in the dashboard beside the raw API call(s) behind it: load,
// Refresh, next page, ⌥B, the create form's two searches, and a create.
import type { Page } from "@playwright/test";
import {
  firstRowId,
  loadBalances,
  timeAltB,
  timeCreate,
  timeNextPage,
  timeRefresh,
  timeSearch,
  waitForSheet,
} from "./measure";
import type { RawApi } from "./raw-api";
import { log, type Sampler, timing } from "./sample";
import type { Figure, SizeId } from "./types";

/** One size's dashboard and ledger, as every interaction uses them. */
export type SizeRun = {
  size: SizeId;
  page: Page;
  /** The dashboard's /balances. */
  url: string;
  raw: RawApi;
  sample: Sampler;
  /** Two name prefixes that match one ledger and one identity each, and those ledgers' IDs. */
  names: { a: string; b: string };
  ledgers: { a: string; b: string };
};

/** Every interaction in order; the figures in the order the report lists them. */
export async function measureInteractions(run: SizeRun): Promise<Figure[]> {
  const { figures: loadFigures, pageRaw } = await measureLoad(run);
  return [
    ...loadFigures,
    ...(await measureRefresh(run, pageRaw)),
    ...(await measureNextPage(run)),
    ...(await measureAltB(run)),
    ...(await measureSearches(run)),
    ...(await measureCreate(run)),
  ];
}

/** /balances from navigation: first byte and rows visible; `pageRaw` is the raw first page, Refresh's floor too. */
async function measureLoad({ size, page, url, raw, sample }: SizeRun) {
  log(`${size}: /balances load`);
  const loads: Array<{ ttfb: number; rowsVisible: number }> = [];
  await sample("rows visible", async (run) => {
    const load = await loadBalances(page, url);
    if (run >= 0) loads.push(load);
    return load.rowsVisible;
  });
  const pageRaw = await sample("raw: balances page", async () => (await raw.balancesPage(1)).ms);
  const figures = [
    ...timing(
      "ttfb_ms",
      "/balances: time to first byte",
      loads.map((l) => l.ttfb),
    ),
    ...timing(
      "rows_visible_ms",
      "/balances: rows visible",
      loads.map((l) => l.rowsVisible),
      pageRaw,
    ),
  ];
  return { figures, pageRaw };
}

async function measureRefresh({ size, page, url, raw, sample, ledgers }: SizeRun, pageRaw: number[]) {
  log(`${size}: Refresh`);
  await loadBalances(page, url);
  const refresh = await sample("refresh", async () => {
    const { id } = await raw.createBalance(ledgers.a, "USD");
    return timeRefresh(page, id);
  });
  return timing("refresh_ms", "Refresh: click to updated rows", refresh, pageRaw);
}

async function measureNextPage({ size, page, url, raw, sample }: SizeRun) {
  log(`${size}: next page`);
  const nextPage = await sample("next page", async () => {
    await loadBalances(page, url);
    return timeNextPage(page, (await firstRowId(page)) ?? "");
  });
  const page2Raw = await sample("raw: page 2", async () => (await raw.balancesPage(2)).ms);
  return timing("next_page_ms", "Next page: click to rows", nextPage, page2Raw);
}

async function measureAltB(run: SizeRun) {
  const altB = await sampleOpening(run, "Alt+B", "Create balance", timeAltB);
  return timing("alt_b_ms", "Alt+B: Create balance sheet visible and focused", altB);
}

/** `open` timed on the loaded /balances, each sample closing the dialog it opened (Escape) before the next. */
export async function sampleOpening(
  { size, page, url, sample }: SizeRun,
  what: string,
  dialog: string,
  open: (page: Page) => Promise<number>,
): Promise<number[]> {
  log(`${size}: ${what}`);
  await loadBalances(page, url);
  return sample(what, async () => {
    const ms = await open(page);
    await page.keyboard.press("Escape");
    await waitForSheet(page, dialog, false);
    return ms;
  });
}

/** The ledger search, then (with the owner switched on) the identity search, alternating the two names. */
async function measureSearches({ size, page, url, raw, sample, names }: SizeRun) {
  log(`${size}: searches in the create flow`);
  await loadBalances(page, url);
  await page.keyboard.press("Alt+B");
  await waitForSheet(page, "Create balance", true);
  const pick = (run: number) => (run % 2 === 0 ? names.a : names.b);
  // Each run types a text of its own (the name in another mix of upper and lower case: the searches ignore
  // case), so no run is answered from the answer a browser keeps for a text it has asked before.
  const typed = (run: number) => caseVariant(pick(run), run + 1);
  const ledgerSearch = await sample("ledger search", (run) =>
    timeSearch(page, "Ledger", typed(run), pick(run)),
  );
  const ledgerRaw = await sample("raw: ledger search", async (run) => (await raw.ledgerSearch(pick(run))).ms);
  const sheet = page.getByRole("dialog", { name: "Create balance" });
  await sheet.getByRole("button", { name: "Advanced options" }).click();
  await sheet.getByRole("switch", { name: "Assign an owner to this balance" }).click();
  const identitySearch = await sample("identity search", (run) =>
    timeSearch(page, "Identity", typed(run), pick(run)),
  );
  const identityRaw = await sample(
    "raw: identity search",
    async (run) => (await raw.identitySearch(pick(run))).ms,
  );
  return [
    ...timing("ledger_search_ms", "Ledger search: keystroke to suggestions", ledgerSearch, ledgerRaw),
    ...timing("identity_search_ms", "Identity search: keystroke to suggestions", identitySearch, identityRaw),
  ];
}

/** `name` with the case of its first five letters flipped where `variant`'s bits are set (32 variants). */
export function caseVariant(name: string, variant: number): string {
  return [...name]
    .map((char, index) =>
      index < 5 && (variant >> index) & 1
        ? char === char.toUpperCase()
          ? char.toLowerCase()
          : char.toUpperCase()
        : char,
    )
    .join("");
}

async function measureCreate({ size, page, url, raw, sample, names, ledgers }: SizeRun) {
  log(`${size}: create balance`);
  await loadBalances(page, url);
  const sheet = page.getByRole("dialog", { name: "Create balance" });
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
  return timing("create_ms", "Create balance: submit to summary open", create, createRaw);
}
