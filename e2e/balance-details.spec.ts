import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { HEALTH_CHECK_LABELS } from "../lib/health/checks";
import { E2E } from "./support/env";

// Fixture data is created once, through the embedded ledger's Blnk API, in a ledger of its own:
//   A: funded from @World (1 + 22 transfers), sends 25.00 USD to B, and holds 3.33 USD inflight from @World;
//      its metadata carries an integer beyond 2^64.
//   B: receives the 25.00 USD.
//   N: sends 12.34 USD it does not have (overdraft), so it is negative.

const headers = { "X-Blnk-Key": E2E.apiKey, "Content-Type": "application/json" };
const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const BIG = "123456789012345678901234567890";
const SMALL_TRANSFERS = 22;

/** Minor units of USD as the dashboard prints them: "1,024.53 USD". */
function usd(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / 100).toLocaleString("en-US");
  return `${sign}${whole}.${String(abs % 100).padStart(2, "0")} USD`;
}

let ledgerId = "";
let ledgerName = "";
let a = "";
let b = "";
let n = "";
let worldUsd = "";

async function post(api: APIRequestContext, path: string, body: string): Promise<string> {
  const response = await api.post(`${E2E.blnkUrl}${path}`, { headers, data: body });
  const text = await response.text();
  expect(response.ok(), `POST ${path} → ${response.status()} ${text}`).toBe(true);
  return text;
}

function field(text: string, name: string): string {
  const value = new RegExp(`"${name}":"([^"]+)"`).exec(text)?.[1];
  if (!value) throw new Error(`no ${name} in ${text}`);
  return value;
}

let references = 0;
async function transfer(
  api: APIRequestContext,
  {
    source,
    destination,
    amount,
    inflight = false,
  }: { source: string; destination: string; amount: number; inflight?: boolean },
) {
  const body = JSON.stringify({
    precise_amount: amount,
    precision: 100,
    currency: "USD",
    source,
    destination,
    reference: `e2e-details-${run}-${++references}`,
    description: "E2E balance details",
    allow_overdraft: true,
    inflight,
  });
  return post(api, "/transactions", body);
}

test.beforeAll(async ({ playwright }) => {
  const api = await playwright.request.newContext();
  ledgerName = `E2E details ${run}`;
  ledgerId = field(await post(api, "/ledgers", JSON.stringify({ name: ledgerName })), "ledger_id");
  // Raw text, so the big integer goes over the wire as bare digits.
  a = field(
    await post(
      api,
      "/balances",
      `{"ledger_id":"${ledgerId}","currency":"USD","meta_data":{"purpose":"e2e details","big":${BIG}}}`,
    ),
    "balance_id",
  );
  b = field(
    await post(api, "/balances", JSON.stringify({ ledger_id: ledgerId, currency: "USD" })),
    "balance_id",
  );
  n = field(
    await post(api, "/balances", JSON.stringify({ ledger_id: ledgerId, currency: "USD" })),
    "balance_id",
  );

  worldUsd = field(await transfer(api, { source: "@World", destination: a, amount: 100_000 }), "source");
  for (let i = 0; i < SMALL_TRANSFERS; i++) {
    await transfer(api, { source: "@World", destination: a, amount: 101 + i });
  }
  await transfer(api, { source: a, destination: b, amount: 2_500 });
  await transfer(api, { source: "@World", destination: a, amount: 333, inflight: true });
  await transfer(api, { source: n, destination: b, amount: 1_234 });
  await api.dispose();
});

const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test("details page shows all six amounts exactly and every Health check with its reason", async ({
  page,
}) => {
  const credit = 100_000 + SMALL_TRANSFERS * 101 + (SMALL_TRANSFERS * (SMALL_TRANSFERS - 1)) / 2;
  const debit = 2_500;
  await page.goto(`/balances/${a}`);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(usd(credit - debit));
  const summary = region(page, "Summary");
  await expect(summary.getByRole("term")).toHaveText([
    "Balance",
    "Credit balance",
    "Debit balance",
    "Inflight balance",
    "Inflight credit balance",
    "Inflight debit balance",
  ]);
  await expect(summary.getByRole("definition")).toHaveText([
    usd(credit - debit),
    usd(credit),
    usd(debit),
    usd(333),
    usd(333),
    usd(0),
  ]);

  const details = region(page, "Details");
  await expect(details.getByRole("link", { name: ledgerName })).toHaveAttribute(
    "href",
    `/ledgers/${ledgerId}`,
  );
  await expect(details.getByRole("button", { name: "Copy balance ID" })).toBeVisible();
  await expect(region(page, "Metadata")).toContainText(`"big": ${BIG}`);
  await expect(region(page, "Metadata")).toContainText(`"purpose": "e2e details"`);

  // Every check, in order, with its status and a reason built from this balance's exact amounts.
  const checks = region(page, "Health checks");
  await expect(checks.getByRole("term")).toHaveText(Object.values(HEALTH_CHECK_LABELS));
  const reasons = checks.getByRole("definition");
  await expect(reasons).toHaveCount(6);
  for (const reason of await reasons.all()) await expect(reason).toHaveText(/^Pass\s*\S.+/);
  await expect(reasons.nth(0)).toContainText(`${usd(credit)}`);
  await expect(reasons.nth(0)).toContainText(`${usd(debit)}`);
  await expect(reasons.nth(3)).toContainText(usd(333));
  await expect(details).toContainText("Healthy");
});

test("a negative balance needs attention, and says why", async ({ page }) => {
  await page.goto(`/balances/${n}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(usd(-1_234));
  const details = region(page, "Details");
  await expect(details).toContainText("Needs attention");
  const checks = region(page, "Health checks");
  await expect(checks.getByRole("definition").nth(2)).toContainText(/^Warning/);
  await expect(checks.getByRole("definition").nth(2)).toContainText(`negative (${usd(-1_234)})`);
});

test("the last 10 transactions, and all of them paged through View all transactions", async ({ page }) => {
  await page.goto(`/balances/${a}`);
  const recent = page.getByRole("table", { name: "Recent transactions" });
  await expect(recent.getByRole("columnheader")).toHaveText([
    "Currency",
    "Amount",
    "Direction",
    "Status",
    "Counterparty",
    "Effective date",
  ]);
  await expect(recent.getByRole("row")).toHaveCount(11);
  // Newest first: the inflight hold, then the transfer to B.
  await expect(recent.getByRole("row").nth(1)).toContainText(usd(333));
  await expect(recent.getByRole("row").nth(1)).toContainText("INFLIGHT");
  await expect(recent.getByRole("row").nth(2)).toContainText(usd(2_500));

  await page.getByRole("link", { name: "View all transactions" }).click();
  await expect(page).toHaveURL(new RegExp(`/balances/${a}/transactions$`));
  await expect(page.getByRole("heading", { level: 1, name: "Transactions" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("25 transactions");
  const all = page.getByRole("table", { name: "Transactions" });
  await expect(all.getByRole("row")).toHaveCount(21);

  const pager = page.getByRole("navigation", { name: "Transactions pages" });
  await pager.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(new RegExp(`/balances/${a}/transactions\\?page=2$`));
  await expect(all.getByRole("row")).toHaveCount(6);
  // The oldest transaction, the first funding from @World, is last.
  await expect(all.getByRole("row").last()).toContainText(usd(100_000));
  await pager.getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(new RegExp(`/balances/${a}/transactions\\?page=1$`));
  await expect(all.getByRole("row")).toHaveCount(21);

  await page.getByRole("link", { name: "Back to balance" }).click();
  await expect(page).toHaveURL(new RegExp(`/balances/${a}$`));
});

test("direction and counterparty are relative to the balance, @World shown as such", async ({ page }) => {
  await page.goto(`/balances/${a}`);
  const rowsOnA = page.getByRole("table", { name: "Recent transactions" }).getByRole("row");
  const toB = rowsOnA.filter({ hasText: usd(2_500) });
  await expect(toB).toContainText("Debit");
  const counterparty = toB.getByRole("link", { name: /bln_/ });
  await expect(counterparty).toHaveAttribute("href", `/balances/${b}`);
  await expect(counterparty).toContainText("USD");
  // The row itself opens its transaction.
  await expect(toB.getByRole("link", { name: "USD", exact: true })).toHaveAttribute(
    "href",
    /^\/transactions\/txn_/,
  );

  const fromWorld = rowsOnA.filter({ hasText: usd(333) });
  await expect(fromWorld).toContainText("Credit");
  await expect(fromWorld.getByRole("link", { name: "@World" })).toHaveAttribute(
    "href",
    `/balances/${worldUsd}`,
  );
  await expect(fromWorld).toContainText("Internal");

  await page.goto(`/balances/${b}`);
  const fromA = page
    .getByRole("table", { name: "Recent transactions" })
    .getByRole("row")
    .filter({ hasText: usd(2_500) });
  await expect(fromA).toContainText("Credit");
  await expect(fromA.getByRole("link", { name: /bln_/ })).toHaveAttribute("href", `/balances/${a}`);

  // The counterparty link leads to the other balance's details.
  await fromA.getByRole("link", { name: /bln_/ }).click();
  await expect(page).toHaveURL(new RegExp(`/balances/${a}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("an unknown balance ID is a 404 with a way back", async ({ page }) => {
  const unknown = "bln_00000000-0000-4000-8000-000000000000";
  for (const path of [`/balances/${unknown}`, `/balances/${unknown}/transactions`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Balance not found" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(unknown);
    await expect(page.getByRole("link", { name: "Back to Balances" })).toHaveAttribute("href", "/balances");
  }
});
