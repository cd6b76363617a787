import { expect, type Page, test } from "@playwright/test";
import { callAction } from "./support/actions";
import { getApi } from "./support/api-routes";
import {
  amountsOf,
  countByReference,
  countFromSource,
  fillTransfer,
  previewRow,
  sheet,
} from "./support/create-transaction";
import { E2E } from "./support/env";
import { createBalance, createLedger, ledgerCall, transfer } from "./support/ledger-api";
import { signIn } from "./support/sign-in";

// "Create transaction" (product.md §10) on the demo dashboard and its embedded ledger, read back through the
// ledger's own API. Every test makes its own balances, so the amounts it checks are its own.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
let ledgerId = "";
let funded = "";
let empty = "";
const FUNDED_CENTS = 50_000n; // 500.00 USD

test.beforeAll(async () => {
  ledgerId = await createLedger();
  funded = await createBalance({ ledgerId, currency: "USD" });
  empty = await createBalance({ ledgerId, currency: "USD" });
  await transfer({
    source: "@World",
    destination: funded,
    amount: FUNDED_CENTS,
    currency: "USD",
    allowOverdraft: true,
  });
});

async function openFromBalance(page: Page, balanceId: string) {
  await page.goto(`/balances/${balanceId}`);
  await page.getByRole("button", { name: "Create transaction" }).click();
  await expect(sheet(page)).toBeVisible();
  // The balance is preset as the source, in its currency.
  await expect(sheet(page).getByText(`Selected balance: ${balanceId}`)).toBeVisible();
  await expect(sheet(page).getByLabel("Currency")).toHaveValue("USD");
}

test("a transfer through the sheet: the preview's after amounts are the balances' amounts afterwards", async ({
  page,
}) => {
  const destination = await createBalance({ ledgerId, currency: "USD" });
  const source = await createBalance({ ledgerId, currency: "USD" });
  await transfer({
    source: "@World",
    destination: source,
    amount: 10_000n,
    currency: "USD",
    allowOverdraft: true,
  });
  await openFromBalance(page, source);
  await fillTransfer(page, { amount: "12.34", destination });

  const from = previewRow(page, "source");
  const to = previewRow(page, "destination");
  await expect(from.before).toHaveText("100.00 USD");
  await expect(from.after).toHaveText("87.66 USD");
  await expect(to.before).toHaveText("0.00 USD");
  await expect(to.after).toHaveText("12.34 USD");
  await expect(sheet(page).getByText(/^Estimate:/)).toHaveCount(0);

  await sheet(page).getByRole("button", { name: "Create transaction" }).click();
  await expect(page.getByText("Transaction created (APPLIED)", { exact: true })).toBeVisible();
  await expect(sheet(page)).toHaveCount(0);
  expect(await amountsOf(source)).toMatchObject({ balance: 8_766n });
  expect(await amountsOf(destination)).toMatchObject({ balance: 1_234n });
  // The toast links to the new transaction.
  await page.getByRole("link", { name: "View transaction" }).click();
  await expect(page).toHaveURL(/\/transactions\/txn_/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("12.34");
});

test("an overdraft without Apply overdraft is refused in the preview, with the shortfall, and writes nothing", async ({
  page,
}) => {
  await openFromBalance(page, funded);
  await fillTransfer(page, { amount: "512.50", destination: empty });
  const refusal = sheet(page).getByRole("alert").filter({ hasText: "Insufficient funds" });
  await expect(refusal).toContainText("short by 12.50 USD");
  const before = await countFromSource(funded);
  await sheet(page).getByRole("button", { name: "Create transaction" }).click();
  await expect(sheet(page).getByText("Insufficient funds: nothing was written.")).toBeVisible();
  expect(await countFromSource(funded)).toBe(before);
  expect(await amountsOf(funded)).toMatchObject({ balance: FUNDED_CENTS });
  // Everything typed is still there.
  await expect(sheet(page).getByLabel("Amount")).toHaveValue("512.50");
});

test("amounts are exact: 30 digits land as typed; extra decimals, zero, negatives, exponents and locale formats are field errors", async ({
  page,
}) => {
  const destination = await createBalance({ ledgerId, currency: "USD" });
  await page.goto("/transactions");
  await page.getByRole("button", { name: "Create transaction" }).click();
  const amount = sheet(page).getByLabel("Amount");
  await fillTransfer(page, { amount: "1", currency: "USD", source: "@World", destination, overdraft: true });
  for (const [typed, error] of [
    ["12.345", "USD has 2 decimal places: this amount cannot be recorded exactly. Nothing is rounded."],
    ["0", "The amount must be more than zero."],
    ["-5", "The amount must be more than zero; a negative amount cannot be recorded."],
    ["1e5", "Write the amount in plain digits (no exponent), e.g. 100000."],
    ["1.234,56", "Write the amount without thousands separators, with a point for decimals, e.g. 1234.56."],
  ] as const) {
    await amount.fill(typed);
    await expect(sheet(page).getByText(error), typed).toBeVisible();
  }
  await amount.fill("123456789012345678901234567890.12");
  await expect(previewRow(page, "destination").after).toHaveText(
    "123,456,789,012,345,678,901,234,567,890.12 USD",
  );
  await sheet(page).getByRole("button", { name: "Create transaction" }).click();
  await expect(page.getByText("Transaction created (APPLIED)", { exact: true })).toBeVisible();
  expect(await amountsOf(destination)).toMatchObject({ balance: 12345678901234567890123456789012n });
});

test("exactly once: a double click, a replayed request and two tabs with the same form each make one transaction", async ({
  page,
  context,
}) => {
  // A double click on the submit button.
  await openFromBalance(page, funded);
  const reference = `e2e-once-${run}`;
  await fillTransfer(page, { amount: "1.00", destination: empty, reference });
  await expect(previewRow(page, "destination").after).toBeVisible();
  await sheet(page).getByRole("button", { name: "Create transaction" }).dblclick();
  await expect(page.getByText(/^Transaction (created|already created)/).first()).toBeVisible();
  expect(await countByReference(reference)).toBe(1);

  // The same server-action request sent again, as a retrying proxy or a replay would.
  const replayed = `e2e-replay-${run}`;
  const form = transferForm("replayed", replayed);
  const first = await callAction(page.request, `${E2E.appUrl}/transactions`, "createTransactionAction", [
    form,
  ]);
  const second = await callAction(page.request, `${E2E.appUrl}/transactions`, "createTransactionAction", [
    form,
  ]);
  const idIn = (body: string) => /"transactionId":"(txn_[^"]+)"/.exec(body)?.[1];
  expect(idIn(first.body)).toMatch(/^txn_/);
  expect(idIn(second.body)).toBe(idIn(first.body));
  expect(second.body).toContain('"wasRetry":true');
  expect(await countByReference(replayed)).toBe(1);

  // Two tabs with the same form (the same reference), submitted at the same moment.
  const tabs = `e2e-tabs-${run}`;
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await openFromBalance(tab, funded);
    await fillTransfer(tab, { amount: "2.00", destination: empty, reference: tabs });
    await expect(previewRow(tab, "destination").after).toBeVisible();
  }
  await Promise.all(
    [page, other].map((tab) => sheet(tab).getByRole("button", { name: "Create transaction" }).click()),
  );
  for (const tab of [page, other])
    await expect(tab.getByText(/Transaction (created|already created)/).first()).toBeVisible();
  expect(await countByReference(tabs)).toBe(1);
});

/** The create form's fields as the server action takes them: 1.00 USD from `funded` to `empty`. */
function transferForm(description: string, reference: string) {
  return {
    amount: "1.00",
    currency: "USD",
    source: funded,
    destination: empty,
    description,
    reference,
    allowOverdraft: false,
    inflight: false,
    inflightExpiry: "",
    effectiveDate: "",
    metadata: [],
  };
}

/** ⌥T, again until the page has hydrated and the sheet opens (a key pressed before that goes nowhere). */
async function pressUntilOpen(page: Page) {
  await expect(async () => {
    await page.keyboard.press("Alt+T");
    await expect(sheet(page)).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

test("⌥T opens the sheet from any page; Alt+T on a balance page presets that balance", async ({ page }) => {
  await page.goto("/identities");
  await pressUntilOpen(page);
  await expect(sheet(page).getByRole("combobox", { name: "Source" })).toHaveValue("");
  await page.keyboard.press("Escape");
  await expect(sheet(page)).toHaveCount(0);
  await page.goto(`/balances/${funded}`);
  // The page's preset is set when its header hydrates, which streams in after the layout's shortcut.
  await page.getByRole("button", { name: "Create transaction" }).waitFor();
  await page.waitForLoadState("networkidle");
  await pressUntilOpen(page);
  await expect(sheet(page).getByText(`Selected balance: ${funded}`)).toBeVisible();
});

test.describe("a Viewer", () => {
  test.use({ baseURL: E2E.signInAppUrl });

  test("sees no Create transaction, and the write actions called directly answer 403 and change nothing", async ({
    page,
  }) => {
    await signIn(page, "viewer", "/transactions");
    await expect(page.getByRole("heading", { level: 1, name: "Transactions" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create transaction" })).toHaveCount(0);
    const reference = `e2e-viewer-${run}`;
    const form = transferForm("viewer", reference);
    for (const name of ["createTransactionAction", "previewTransactionAction"]) {
      const { status, body } = await callAction(page.request, `${E2E.signInAppUrl}/transactions`, name, [
        form,
      ]);
      expect(status === 403 || body.includes("NEXT_HTTP_ERROR_FALLBACK;403"), name).toBe(true);
    }
    expect((await getApi(page.request, E2E.signInAppUrl, "/api/search/balances", { q: "a" })).status).toBe(
      403,
    );
    expect(await countByReference(reference)).toBe(0);
  });
});

test.describe("against Core 0.15.0 (no dry runs)", () => {
  const [, profile] = E2E.coreProfiles;
  test.use({ baseURL: profile.appUrl });

  test("the preview is an estimate from the balances, and the transfer lands", async ({ page }) => {
    const post = async (path: string, body: string) =>
      (await ledgerCall("POST", path, body, profile.ledgerUrl)).text;
    const ledger = /"ledger_id":"([^"]+)"/.exec(await post("/ledgers", `{"name":"Estimate ${run}"}`))?.[1];
    const balance =
      /"balance_id":"([^"]+)"/.exec(
        await post("/balances", `{"ledger_id":"${ledger}","currency":"EUR"}`),
      )?.[1] ?? "";
    await page.goto(`/balances/${balance}`);
    await page.getByRole("button", { name: "Create transaction" }).click();
    await fillTransfer(page, { amount: "3.21", source: "@World", destination: balance, overdraft: true });
    await expect(sheet(page).getByText(/^Estimate: this Blnk server has no dry run/)).toBeVisible();
    await expect(previewRow(page, "destination").after).toHaveText("3.21 EUR");
    await sheet(page).getByRole("button", { name: "Create transaction" }).click();
    await expect(page.getByText("Transaction created (APPLIED)", { exact: true })).toBeVisible();
    expect(await amountsOf(balance, profile.ledgerUrl)).toMatchObject({ balance: 321n });
  });
});
