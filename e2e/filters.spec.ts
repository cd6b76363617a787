import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./support/env";
import { ledgerCall } from "./support/ledger-api";

// Filters on the Balances table of a dashboard whose ledger holds 1,000 bulk-seeded balances (playwright
// config: filters ledger). Every result is checked against the ledger's own API.

test.use({ baseURL: E2E.filtersAppUrl });

const table = (page: Page) => page.getByRole("table", { name: "Balances" });
const panel = (page: Page) => page.getByRole("dialog", { name: "Filters" });
/** Loads `path` and clicks its quick view `name`. */
async function openQuickView(page: Page, path: string, name: string) {
  await page.goto(path);
  await page.getByRole("navigation", { name: "Quick views" }).getByRole("link", { name }).click();
}

/** The IDs of a table's rows in order, once it is not loading. */
async function idsIn(page: Page, name: "Balances" | "Transactions"): Promise<string[]> {
  const rows = page.getByRole("table", { name });
  await expect(rows).toHaveAttribute("aria-busy", "false");
  return rows
    .locator("tbody tr[data-row-id]")
    .evaluateAll((found) => found.map((row) => row.getAttribute("data-row-id") ?? ""));
}

/** The Balances rows' IDs; none when the table says no balance matches. */
async function rowIds(page: Page): Promise<string[]> {
  await expect(table(page).or(page.getByText("No balances match these filters."))).toBeVisible();
  return (await table(page).isVisible()) ? idsIn(page, "Balances") : [];
}

/** The first page Core gives for these filters, newest first, as the table asks for it. */
async function apiIds(filters: unknown[]): Promise<string[]> {
  const body = JSON.stringify({ filters, sort_by: "created_at", sort_order: "desc", limit: 20, offset: 0 });
  const { text } = await ledgerCall("POST", "/balances/filter", body, E2E.filtersLedgerUrl);
  const rows = JSON.parse(text) as { balance_id: string }[] | { data: { balance_id: string }[] } | null;
  const list = Array.isArray(rows) ? rows : (rows?.data ?? []);
  return list.map((row) => row.balance_id);
}

async function openPanel(page: Page) {
  // Keys pressed before hydration do nothing: press until the panel opens.
  await expect(async () => {
    await page.keyboard.press("f");
    await expect(panel(page)).toBeVisible({ timeout: 1000 });
  }).toPass();
}

/** Fills the panel's last filter row. */
async function fillRow(
  page: Page,
  row: { field: string; op: string; value?: string; to?: string; currency?: string },
) {
  const last = panel(page).getByRole("listitem", { name: "Filter" }).last();
  await last.getByLabel("Field").selectOption({ label: row.field });
  await last.getByLabel("Operator").selectOption({ label: row.op });
  if (row.to !== undefined) {
    await last.getByLabel("From", { exact: true }).fill(row.value ?? "");
    await last.getByLabel("To", { exact: true }).fill(row.to);
  } else if (row.value !== undefined) await last.getByLabel("Value", { exact: true }).fill(row.value);
  if (row.currency !== undefined) await last.getByLabel("Currency").fill(row.currency);
}

const USD_OVER_1000 = [
  { field: "currency", operator: "eq", value: "USD" },
  { field: "balance", operator: "gt", value: "100000" },
];

test("Balance greater than 1000 USD shows only such rows; a second filter narrows; a chip removes one", async ({
  page,
}) => {
  await page.goto("/balances");
  const unfiltered = await rowIds(page);
  await openPanel(page);
  await fillRow(page, { field: "Balance", op: "Greater than", value: "1000", currency: "USD" });
  await panel(page).getByRole("button", { name: "Apply filters" }).click();
  await expect(panel(page)).toBeHidden();
  await expect(page).toHaveURL(/f\.balance\.gt=1000\+USD/);
  await expect(page.getByRole("link", { name: "Remove filter Balance > 1000 USD" })).toBeVisible();
  const over1000 = await apiIds(USD_OVER_1000);
  expect(over1000.length).toBeGreaterThan(0);
  await expect.poll(() => rowIds(page)).toEqual(over1000);

  // Two filters combine.
  await openPanel(page);
  await panel(page).getByRole("button", { name: "Add filter" }).click();
  await fillRow(page, { field: "Balance", op: "Less than", value: "500000.5", currency: "USD" });
  await panel(page).getByRole("button", { name: "Apply filters" }).click();
  const between = await apiIds([...USD_OVER_1000, { field: "balance", operator: "lt", value: "50000050" }]);
  await expect.poll(() => rowIds(page)).toEqual(between);
  expect(between.length).toBeGreaterThan(0);
  expect(between).not.toEqual(over1000);

  // Reload keeps them; Back goes to the previous filter set; removing every chip restores the rows.
  await page.reload();
  await expect.poll(() => rowIds(page)).toEqual(between);
  await page.goBack();
  await expect.poll(() => rowIds(page)).toEqual(over1000);
  await page.goForward();
  await expect.poll(() => rowIds(page)).toEqual(between);
  await page.getByRole("link", { name: "Remove filter Balance < 500000.5 USD" }).click();
  await expect.poll(() => rowIds(page)).toEqual(over1000);
  await page.getByRole("link", { name: "Remove filter Balance > 1000 USD" }).click();
  await expect.poll(() => rowIds(page)).toEqual(unfiltered);
  await expect(page).toHaveURL(/\/balances$/);
});

test("Internal balances shows only @ balances, composed with another filter", async ({ page }) => {
  await openQuickView(page, "/balances?f.currency.in=USD,EUR", "Internal balances");
  await expect(page).toHaveURL(/f\.indicator\.contains=%40%25/);
  const expected = await apiIds([
    { field: "indicator", operator: "ilike", value: "@%" },
    { field: "currency", operator: "in", values: ["USD", "EUR"] },
  ]);
  expect(expected).toHaveLength(2);
  await expect.poll(() => rowIds(page)).toEqual(expected);
  for (const row of await table(page).locator("tbody tr").all()) await expect(row).toContainText("@World");
  await expect(page.getByRole("link", { name: "Internal balances" })).toHaveAttribute("aria-current", "page");
});

test("Copy as API request gives a curl that returns the table's rows from the ledger", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/balances?f.balance.gte=2000+EUR&page=2");
  const shown = await rowIds(page);
  expect(shown.length).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Copy as API request" }).click();
  await expect(page.getByText("Copied: the key is left as $BLNK_API_KEY.")).toBeVisible();
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  expect(curl).toContain("$BLNK_API_KEY");
  expect(curl).not.toContain(E2E.apiKey);
  const { stdout } = await promisify(execFile)("bash", ["-c", curl], {
    env: { ...process.env, BLNK_API_KEY: E2E.apiKey },
  });
  const parsed = JSON.parse(stdout) as { balance_id: string }[];
  expect(parsed.map((row) => row.balance_id)).toEqual(shown);
});

test("the panel refuses what it cannot apply exactly, says why, and keeps what was typed", async ({
  page,
}) => {
  await page.goto("/balances");
  await openPanel(page);
  await fillRow(page, { field: "Balance", op: "Greater than", value: "12.345", currency: "USD" });
  await panel(page).getByRole("button", { name: "Apply filters" }).click();
  await expect(panel(page).getByText("USD has 2 decimal places")).toBeVisible();
  await expect(panel(page).getByLabel("Value", { exact: true })).toHaveValue("12.345");
  await fillRow(page, { field: "Balance", op: "Between range", value: "20", to: "10", currency: "USD" });
  await panel(page).getByRole("button", { name: "Apply filters" }).click();
  await expect(panel(page).getByText("The range starts after it ends")).toBeVisible();
  await fillRow(page, { field: "Indicator", op: "Exactly matches", value: "x".repeat(10_000) });
  await panel(page).getByRole("button", { name: "Apply filters" }).click();
  await expect(panel(page).getByText("A filter value is at most 200 characters.")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(panel(page)).toBeHidden();
  await expect(page).toHaveURL(/\/balances$/);
});

test("odd values are plain values: SQL, LIKE wildcards as in Core, unicode; never a server error", async ({
  page,
}) => {
  for (const [value, expected] of [
    ["'; DROP TABLE balances; --", []],
    ["日本語ü", []],
  ] as const) {
    const response = await page.goto(`/balances?f.indicator.contains=${encodeURIComponent(value)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText("No balances match these filters.")).toBeVisible();
    expect(await apiIds([{ field: "indicator", operator: "ilike", value: `%${value}%` }])).toEqual(expected);
  }
  // `_` matches any one character and `%` any run, as in Core: "@Wor_d" finds the seven @World balances.
  await page.goto(`/balances?f.indicator.contains=${encodeURIComponent("@Wor_d")}`);
  const world = await apiIds([{ field: "indicator", operator: "ilike", value: "%@Wor_d%" }]);
  expect(world).toHaveLength(7);
  await expect.poll(() => rowIds(page)).toEqual(world);
  await page.goto(`/balances?f.indicator.contains=${encodeURIComponent("%")}`);
  await expect.poll(() => rowIds(page)).toEqual(world);
  // Our table is still there afterwards.
  await page.goto("/balances");
  expect((await rowIds(page)).length).toBe(20);
});

test("a hand-edited URL's unknown fields and operators are left out with a notice", async ({ page }) => {
  const response = await page.goto(
    "/balances?f.nope.eq=1&f.balance.like=5&f.balance.gt=1.001+USD&f.currency.eq=JPY",
  );
  expect(response?.status()).toBe(200);
  const notices = page.getByRole("status", { name: "Filters left out" });
  await expect(notices).toContainText('no field "nope"');
  await expect(notices).toContainText('"like" is not an operator');
  await expect(notices).toContainText("USD has 2 decimal places");
  await expect
    .poll(() => rowIds(page))
    .toEqual(await apiIds([{ field: "currency", operator: "eq", value: "JPY" }]));
});

test("Ledgers and Identities filter too", async ({ page }) => {
  await page.goto("/ledgers?f.name.contains=scale");
  await expect(page.getByRole("link", { name: "Remove filter Name contains scale" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("table")).toContainText("Scale 1,000");
  await page.goto("/identities?f.type.eq=organization&f.created_at.gte=2000-01-01");
  await expect(page.getByText("No identities match these filters.")).toBeVisible();
});

test.describe("on the Transactions table", () => {
  test.use({ baseURL: E2E.appUrl });
  const transactions = (page: Page) => page.getByRole("table", { name: "Transactions" });
  const transactionIds = (page: Page) => idsIn(page, "Transactions");
  const apiTransactionIds = async (filters: unknown[]) => {
    const body = JSON.stringify({ filters, sort_by: "created_at", sort_order: "desc", limit: 20, offset: 0 });
    const { text } = await ledgerCall("POST", "/transactions/filter", body);
    const rows = JSON.parse(text) as { transaction_id: string }[] | null;
    return (rows ?? []).map((row) => row.transaction_id);
  };

  test("the Inflight quick view shows only inflight transactions", async ({ page }) => {
    await openQuickView(page, "/transactions", "Inflight");
    await expect(page).toHaveURL(/f\.status\.eq=INFLIGHT/);
    const expected = await apiTransactionIds([{ field: "status", operator: "eq", value: "INFLIGHT" }]);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => transactionIds(page)).toEqual(expected);
    for (const row of await transactions(page).locator("tbody tr").all())
      await expect(row).toContainText("INFLIGHT");
  });

  test("an amount filter compares Core's major-unit amount exactly", async ({ page }) => {
    // Two transfers recorded with USD's precision, as Ledger Desk records them: 60.25 USD and 50.50 USD.
    const made: string[] = [];
    for (const precise of [6025, 5050]) {
      const reference = `filter-amount-${Date.now()}-${precise}`;
      const body = `{"precise_amount":${precise},"precision":100,"currency":"USD","source":"@FilterWorld","destination":"@FilterSink","reference":"${reference}","description":"filters e2e","allow_overdraft":true}`;
      const { text } = await ledgerCall("POST", "/transactions", body);
      made.push(String(JSON.parse(text).transaction_id));
    }
    await page.goto("/transactions?f.amount.gt=50.5+USD");
    await expect(page.getByRole("link", { name: "Remove filter Amount > 50.5 USD" })).toBeVisible();
    const expected = await apiTransactionIds([
      { field: "currency", operator: "eq", value: "USD" },
      { field: "precision", operator: "eq", value: "100" },
      { field: "amount", operator: "gt", value: "50.5" },
    ]);
    expect(expected).toContain(made[0]);
    expect(expected).not.toContain(made[1]);
    await expect.poll(() => transactionIds(page)).toEqual(expected);
    const amounts = await transactions(page).locator("tbody tr td:nth-child(2)").allTextContents();
    for (const text of amounts) expect(Number(text.replace(/[^\d.]/g, ""))).toBeGreaterThan(50.5);
  });
});
