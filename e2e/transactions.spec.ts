import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./support/env";
import {
  createBalance,
  createIdentity,
  createLedger,
  ledgerCall,
  settleHold,
  transfer,
} from "./support/ledger-api";

// The Transactions area (product.md §9) on the demo dashboard and its embedded ledger. Other specs make
// transactions at the same time, so rows are found by their own (unique) amounts, never by position.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
// Amounts in cents unique to this run: 1xx,xxx.yy USD.
let nextCents = 10_000_000 + Math.floor(Math.random() * 80_000_000);
const uniqueCents = () => {
  nextCents += 7;
  return BigInt(nextCents);
};
const usd = (cents: bigint) =>
  `${(cents / 100n).toLocaleString("en-US")}.${String(cents % 100n).padStart(2, "0")} USD`;

let ledgerId = "";
let alice = "";
let bob = "";
const aliceName = `Alice Tx${run}`;

/** `amount` USD from Alice to Bob (overdraft allowed), with any other fields of the transfer. */
const aliceToBob = (
  amount: bigint,
  more: { inflight?: boolean; reference?: string; description?: string } = {},
) => transfer({ source: alice, destination: bob, amount, currency: "USD", allowOverdraft: true, ...more });

test.beforeAll(async () => {
  ledgerId = await createLedger();
  const identity = await createIdentity({
    identity_type: "individual",
    first_name: "Alice",
    last_name: `Tx${run}`,
  });
  alice = await createBalance({ ledgerId, currency: "USD", identityId: identity });
  bob = await createBalance({ ledgerId, currency: "USD" });
});

const table = (page: Page) => page.getByRole("table", { name: "Transactions" });
const rowWith = (page: Page, text: string) => table(page).getByRole("row").filter({ hasText: text });

test("the list: columns in order, parties by name, Refresh shows a transaction made after the page loaded", async ({
  page,
}) => {
  const first = uniqueCents();
  await transfer({
    source: "@World",
    destination: alice,
    amount: first,
    currency: "USD",
    allowOverdraft: true,
  });
  await page.goto("/balances");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Transactions" }).click();
  await expect(page).toHaveURL(/\/transactions$/);
  await expect(page.getByRole("heading", { level: 1, name: "Transactions" })).toBeVisible();
  await expect(table(page).getByRole("columnheader")).toHaveText([
    "Currency",
    "Amount",
    "Status",
    "Source",
    "Destination",
    "Effective date",
  ]);
  const row = rowWith(page, usd(first));
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(2)).toHaveText("APPLIED");
  // Source is the internal @World balance, destination the owner's name with the balance's short ID.
  await expect(row.getByRole("cell").nth(3)).toContainText("@World");
  await expect(row.getByRole("cell").nth(4)).toContainText(aliceName);
  await expect(row.getByRole("cell").nth(4).getByRole("link")).toHaveAttribute("href", `/balances/${alice}`);
  await expect(page.getByText(/^[\d,]+ transactions$/)).toBeVisible();

  const later = uniqueCents();
  await aliceToBob(later);
  await expect(rowWith(page, usd(later))).toHaveCount(0);
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(rowWith(page, usd(later))).toHaveCount(1);
  // The rows stayed on screen: the first transfer never left.
  await expect(rowWith(page, usd(first))).toHaveCount(1);
});

test("summary → E → details with every field; ⇧T S opens the source balance", async ({ page }) => {
  const cents = uniqueCents();
  const reference = `e2e-tx-${run}-details`;
  const id = await aliceToBob(cents, { reference, description: "Invoice 42" });
  await page.goto("/transactions");
  await page.waitForLoadState("load");
  // The currency cell: the middle of the row is a party's link.
  await rowWith(page, usd(cents)).getByRole("cell").first().click();
  const summary = page.getByRole("dialog", { name: "Transaction summary" });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(usd(cents));
  await expect(summary).toContainText("Invoice 42");
  await expect(summary).toContainText(aliceName);
  await expect(summary.getByRole("link", { name: /View source balance/ })).toHaveAttribute(
    "href",
    `/balances/${alice}`,
  );
  await expect(summary.getByRole("link", { name: /View destination balance/ })).toHaveAttribute(
    "href",
    `/balances/${bob}`,
  );

  // j / k step the panel to the next and back to this transaction; Esc closes it, Enter opens it again.
  const open = () => new URL(page.url()).searchParams.get("transaction");
  expect(open()).toBe(id);
  await page.keyboard.press("j");
  await expect.poll(open).not.toBe(id);
  await expect(summary).not.toContainText("Invoice 42");
  await page.keyboard.press("k");
  await expect.poll(open).toBe(id);
  await expect(summary).toContainText("Invoice 42");
  await page.keyboard.press("Escape");
  await expect(summary).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(summary).toContainText("Invoice 42");

  await page.keyboard.press("e");
  await expect(page).toHaveURL(new RegExp(`/transactions/${id}$`));
  const details = page.getByRole("region", { name: "Details", exact: true });
  await expect(details.getByRole("term")).toHaveText([
    "Amount",
    "Currency",
    "Status",
    "Source",
    "Destination",
    "Description",
    "Date created",
    "Effective date",
    "Transaction ID",
    "Reference",
    "Parent transaction",
  ]);
  await expect(details).toContainText(reference);
  await expect(details).toContainText(id);
  await expect(details).toContainText("Invoice 42");
  await expect(details).toContainText(aliceName);
  await expect(page.getByRole("heading", { level: 2, name: "Metadata" })).toBeVisible();

  await page.waitForLoadState("load");
  await page.keyboard.press("Shift+T");
  await page.keyboard.press("s");
  await expect(page).toHaveURL(new RegExp(`/balances/${alice}$`));
});

test("a hold committed in two parts: its lifecycle lists the hold and both commits, from any of them", async ({
  page,
}) => {
  const hold = await aliceToBob(1_000n, { inflight: true });
  const firstCommit = await settleHold(hold, "commit", 300n);
  const secondCommit = await settleHold(hold, "commit", 200n);

  for (const id of [hold, secondCommit]) {
    await page.goto(`/transactions/${id}`);
    const lifecycle = page.getByRole("table", { name: "Lifecycle" });
    const rows = lifecycle.getByRole("row");
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText(/Original.*10\.00 USD.*INFLIGHT/);
    await expect(rows.nth(2)).toContainText(/Commit.*3\.00 USD.*APPLIED/);
    await expect(rows.nth(3)).toContainText(/Commit.*2\.00 USD.*APPLIED/);
    await expect(lifecycle.getByRole("row", { name: /this one/ })).toHaveCount(1);
  }
  // The commit's page names the hold as its parent, linked.
  await page.goto(`/transactions/${firstCommit}`);
  const parent = page.getByRole("region", { name: "Details", exact: true }).getByRole("link", { name: hold });
  await parent.click();
  await expect(page).toHaveURL(new RegExp(`/transactions/${hold}$`));
});

test("JSON and Tree view show a 40-digit precise_amount digit for digit", async ({ page }) => {
  const huge = 1234567890123456789012345678901234567890n;
  const id = await transfer({
    source: "@World",
    destination: bob,
    amount: huge,
    currency: "USD",
    allowOverdraft: true,
  });
  await page.goto(`/transactions/${id}`);
  const raw = page.getByRole("region", { name: "Raw record" });
  await expect(raw.getByRole("tabpanel")).toContainText(`precise_amount: ${huge}`);
  await raw.getByRole("tab", { name: "JSON" }).click();
  await expect(raw.getByRole("tabpanel")).toContainText(`"precise_amount": ${huge}`);
  // The amount heading is exact too: 12,345,678,901,234,567,890,123,456,789,012,345,678.90 USD.
  await expect(page.getByRole("heading", { level: 1 })).toContainText(usd(huge));
});

test("a reference opens its transaction; bad pages, references and IDs get a clear page, never a 500", async ({
  page,
}) => {
  const reference = `e2e-tx-${run}-by-reference`;
  const id = await aliceToBob(uniqueCents(), { reference });
  await page.goto(`/transactions?reference=${encodeURIComponent(reference)}`);
  await expect(page).toHaveURL(new RegExp(`/transactions/${id}$`));

  for (const path of ["/transactions?page=-1", "/transactions?page=abc"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("navigation", { name: "Transactions pages" })).toContainText("1");
  }

  const long = "x".repeat(10_000);
  const longAnswer = await page.goto(`/transactions?reference=${long}`);
  expect(longAnswer?.status()).toBe(200);
  await expect(
    page.getByRole("status").filter({ hasText: "No transaction has the reference" }),
  ).toBeVisible();
  const unknownAnswer = await page.goto(`/transactions?reference=no-such-${run}`);
  expect(unknownAnswer?.status()).toBe(200);
  await expect(page.getByText(`no-such-${run}`)).toBeVisible();

  for (const path of [
    `/transactions/txn_${run}-unknown`,
    "/transactions/a%2Fb",
    "/transactions/a%00b",
    `/transactions/${"t".repeat(10_000)}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path.slice(0, 60)).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Transaction not found" })).toBeVisible();
  }
});

test("every transaction row on a balance's pages links to the transaction", async ({ page }) => {
  const cents = uniqueCents();
  const id = await aliceToBob(cents);
  for (const path of [`/balances/${bob}`, `/balances/${bob}/transactions`]) {
    await page.goto(path);
    const row = page
      .getByRole("table", { name: /transactions/i })
      .getByRole("row")
      .filter({ hasText: usd(cents) });
    await row.getByRole("link", { name: "USD", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/transactions/${id}$`));
  }
});

test("the keyboard help lists the transaction shortcuts", async ({ page }) => {
  await page.goto("/transactions");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  // A key pressed before the shell has hydrated has no listener yet: press until the help is there.
  await expect(async () => {
    await page.keyboard.press("Shift+Slash");
    await expect(help).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(help).toContainText("Open the transaction's source balance");
  await expect(help).toContainText("Open the transaction's destination balance");
});

test.describe("against Core 0.15.0's queue", () => {
  const [, profile] = E2E.coreProfiles;
  test.use({ baseURL: profile.appUrl });

  test("a queued pair shows once, with its outcome", async ({ page }) => {
    const cents = 7_000n + BigInt(Math.floor(Math.random() * 900));
    const post = async (path: string, body: string) =>
      (await ledgerCall("POST", path, body, profile.ledgerUrl)).text;
    const ledger = /"ledger_id":"([^"]+)"/.exec(await post("/ledgers", `{"name":"Queued ${run}"}`))?.[1];
    const balance = /"balance_id":"([^"]+)"/.exec(
      await post("/balances", `{"ledger_id":"${ledger}","currency":"EUR"}`),
    )?.[1];
    await post(
      "/transactions",
      `{"precise_amount":${cents},"precision":100,"currency":"EUR","source":"@World","destination":"${balance}","reference":"e2e-queued-${run}","description":"queued","allow_overdraft":true}`,
    );
    await page.goto("/transactions");
    const amount = `${(cents / 100n).toString()}.${String(cents % 100n).padStart(2, "0")} EUR`;
    const rows = table(page).getByRole("row").filter({ hasText: amount });
    await expect(rows).toHaveCount(1);
    await expect(rows.getByRole("cell").nth(2)).toHaveText("APPLIED");
  });
});
