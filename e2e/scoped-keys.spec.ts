import { expect, type Page, test } from "@playwright/test";
import { ledgerBox, pickLedger, sheet, submitCurrency } from "./support/create-balance";
import { E2E } from "./support/env";
import {
  countBalances,
  createBalance,
  createIdentity,
  createLedger,
  transfer,
  uniqueCurrency,
} from "./support/ledger-api";

// Issue 14: the dashboard on a least-privilege Core API key. Core counts every POST as a write, /filter
// included (api/middleware/scope.go), so with read scopes only every list must come from the GET lists; the
// embedded ledger enforces the scopes as Core does. Each dashboard got its key from POST /api-keys at start.

const table = (page: Page, name: string) => page.getByRole("table", { name });

/** A ledger with a funded balance owned by a fresh identity: what the walk below looks at. */
async function fixtures() {
  const tag = `${Date.now()}`;
  const ledgerName = `Scoped Walk ${tag}`;
  const ledgerId = await createLedger(ledgerName);
  const surname = `Scopes${tag}`;
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: "Ida",
    last_name: surname,
  });
  const currency = uniqueCurrency("SK");
  const balanceId = await createBalance({ ledgerId, currency, identityId });
  await transfer({
    source: "@World",
    destination: balanceId,
    amount: 2n ** 65n,
    currency,
    allowOverdraft: true,
  });
  return { ledgerName, ledgerId, surname, identityId, balanceId, currency };
}

async function createIn(page: Page, ledgerName: string, currency: string) {
  await page.goto("/balances");
  await expect(table(page, "Balances").getByRole("row")).toHaveCount(21);
  await expect(async () => {
    await page.keyboard.press("Alt+B");
    await expect(sheet(page)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(ledgerBox(page)).toBeFocused();
  // The search box asks Blnk for ledgers by part of their name: GET /ledgers?name_ilike=… with this key.
  await pickLedger(page, ledgerName.slice(0, 18), ledgerName);
  await submitCurrency(page, currency);
}

test.describe("with only ledgers:read balances:read identities:read transactions:read", () => {
  test.use({ baseURL: E2E.readOnlyAppUrl });

  test("the whole part-one walk works: balances, summary, details, transactions, identities, ledgers", async ({
    page,
  }) => {
    const { ledgerName, ledgerId, surname, identityId, balanceId, currency } = await fixtures();

    await page.goto("/balances");
    await expect(table(page, "Balances").getByRole("row")).toHaveCount(21);
    // Core's GET lists give no total: the header says so instead of a wrong number.
    await expect(page.getByRole("main")).toContainText("Page 1 · count unavailable");
    await page.goto(`/balances?balance=${balanceId}`);
    const summary = page.getByRole("dialog", { name: "Balance summary" });
    await expect(summary.getByText(balanceId, { exact: true })).toBeVisible();
    await expect(summary.getByText(`Ida ${surname}`)).toBeVisible();

    await page.goto(`/balances/${balanceId}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // A currency with no precision configured shows minor units, exact: 2^65.
    await expect(page.getByRole("main")).toContainText("36,893,488,147,419,103,232 minor units");
    await expect(page.getByRole("main")).toContainText(ledgerName);

    await page.goto(`/balances/${balanceId}/transactions`);
    await expect(table(page, "Transactions").getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("main")).toContainText("Count unavailable");

    await page.goto(`/identities?q=${surname}`);
    await expect(table(page, "Identities").getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("main")).toContainText(`matches for “${surname}” · count unavailable`);
    await page.goto(`/identities/${identityId}`);
    await expect(table(page, "Balances").getByRole("row").filter({ hasText: currency })).toHaveCount(1);

    await page.goto("/ledgers");
    await expect(table(page, "Ledgers").getByRole("row").filter({ hasText: ledgerName })).toHaveCount(1);
    await expect(page.getByRole("main")).toContainText("Page 1 · count unavailable");
    await page.goto(`/ledgers/${ledgerId}`);
    await expect(table(page, "Balances").getByRole("row").filter({ hasText: currency })).toHaveCount(1);
  });

  test("Create balance names the missing scope and creates nothing; what was typed stays", async ({
    page,
  }) => {
    const ledgerName = `Scoped Create ${Date.now()}`;
    await createLedger(ledgerName);
    const currency = uniqueCurrency("RO");
    await createIn(page, ledgerName, currency);
    await expect(sheet(page).getByText("Your Blnk API key lacks balances:write.")).toBeVisible();
    await expect(sheet(page).getByLabel("Currency")).toHaveValue(currency);
    expect(await countBalances(currency)).toBe(0);
  });
});

test.describe("with balances:write added", () => {
  test.use({ baseURL: E2E.balancesWriteAppUrl });

  test("Create balance works and the new balance shows", async ({ page }) => {
    const ledgerName = `Scoped Write ${Date.now()}`;
    await createLedger(ledgerName);
    const currency = uniqueCurrency("RW");
    await createIn(page, ledgerName, currency);
    await expect(sheet(page)).toBeHidden();
    await expect(page.getByRole("dialog", { name: "Balance summary" })).toContainText(currency);
    expect(await countBalances(currency)).toBe(1);
  });
});

test.describe("Settings → Connection", () => {
  const lines = (page: Page) =>
    page.getByRole("region", { name: "What the API key allows" }).getByRole("listitem");

  for (const { name, url, expected } of [
    {
      name: "a read-only key",
      url: E2E.readOnlyAppUrl,
      expected: [
        "Reading: yes.",
        "Searching with totals and any order: no, needs ledgers:write, balances:write, identities:write, transactions:write.",
        "Creating balances: no, needs balances:write.",
      ],
    },
    {
      name: "balances:write added",
      url: E2E.balancesWriteAppUrl,
      expected: [
        "Reading: yes.",
        "Searching with totals and any order: no, needs ledgers:write, identities:write, transactions:write.",
        "Creating balances: yes.",
      ],
    },
    {
      name: "the master key",
      url: E2E.appUrl,
      expected: ["Reading: yes.", "Searching with totals and any order: yes.", "Creating balances: yes."],
    },
  ]) {
    test(`shows what ${name} allows, the server reachable and its behaviour`, async ({ page }) => {
      await page.goto(`${url}/settings/connection`);
      await expect(page.getByRole("heading", { level: 1, name: "Connection" })).toBeVisible();
      await expect(page.getByRole("main")).toContainText(E2E.blnkUrl);
      await expect(page.getByRole("main")).toContainText(/Round trip\s*\d+ ms/);
      await expect(page.getByRole("main")).toContainText("Core 0.15.1 or later");
      await expect(lines(page)).toHaveText(expected);
    });
  }

  test("the sidebar links to it (demo mode has no account menu)", async ({ page }) => {
    await page.goto(`${E2E.readOnlyAppUrl}/balances`);
    await page.getByRole("complementary").getByRole("link", { name: "Connection" }).click();
    await expect(page).toHaveURL(/\/settings\/connection$/);
    await expect(page.getByRole("heading", { level: 1, name: "Connection" })).toBeVisible();
  });

  test("an unreachable Blnk shows as unreachable, with the reason", async ({ page }) => {
    await page.goto(`${E2E.unreachableAppUrl}/settings/connection`);
    await expect(page.getByRole("main")).toContainText(
      `No: Cannot reach Blnk at ${E2E.unreachableBlnkUrl}. Check that it is running and BLNK_URL is correct.`,
    );
    await expect(lines(page)).toHaveCount(0);
  });
});
