// The Transactions area at the run's size: /transactions from navigation to rows visible, a transaction's
// details page to its fields visible, each beside the raw Blnk call(s) behind it; how many Blnk calls the
// list's server render makes (its first paint); and its first-load JavaScript.
import type { Browser, Page } from "@playwright/test";
import type { SizeRun } from "./interactions";
import { firstLoadJs } from "./js-size";
import { loadBalances, loadDetails } from "./measure";
import { log, timing } from "./sample";
import type { Figure } from "./types";

export type CallCounter = { calls: () => string[]; reset: () => void };

export async function measureTransactions(
  run: SizeRun,
  counter: CallCounter,
  newPage: (browser: Browser) => Promise<Page>,
  browser: Browser,
): Promise<Figure[]> {
  const { size, page, raw, sample } = run;
  const origin = new URL(run.url).origin;
  const listUrl = `${origin}/transactions`;
  log(`${size}: /transactions load`);
  const rows = await sample(
    "transactions rows visible",
    async () => (await loadBalances(page, listUrl)).rowsVisible,
  );
  const listRaw = await sample("raw: transactions page", async () => (await raw.transactionsPage(1)).ms);

  // The server render alone (the HTML that carries the rows): every Blnk call it made, nothing the browser asks next.
  counter.reset();
  const html = await (await fetch(listUrl)).text();
  const firstPaint = counter.calls();
  if (!html.includes('aria-label="Transactions"')) throw new Error("/transactions rendered no table");
  log(`${size}: /transactions first paint called ${firstPaint.join(", ")}`);

  const id = /"transaction_id":"([^"]+)"/.exec((await raw.transactionsPage(1)).text)?.[1];
  if (!id) throw new Error("no transaction to open");
  log(`${size}: transaction details`);
  const detailsUrl = `${origin}/transactions/${encodeURIComponent(id)}`;
  const details = await sample("transaction details visible", () => loadDetails(page, detailsUrl));
  const detailsRaw = await sample(
    "raw: transaction details",
    async () => (await raw.transactionDetails(id)).ms,
  );

  const jsPage = await newPage(browser);
  const { kib } = await firstLoadJs(jsPage, listUrl);
  await jsPage.context().close();
  return [
    ...timing("transactions_rows_visible_ms", "/transactions: rows visible", rows, listRaw),
    {
      id: "transactions_first_paint_calls",
      label: "/transactions: Blnk calls before the rows are sent",
      unit: "calls",
      value: firstPaint.length,
    },
    ...timing("transaction_details_visible_ms", "transaction details: visible", details, detailsRaw),
    {
      id: "transactions_first_load_js_kib",
      label: "/transactions: first-load JavaScript (gzip)",
      unit: "KiB",
      value: kib,
    },
  ];
}
