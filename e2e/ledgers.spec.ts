import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { balanceRows, ledgerBox, pressAltBOnRecord, sheet, submitAndSeeRow } from "./support/create-balance";
import {
  createBalance,
  createLedger,
  ledgerIdByName,
  newestBalanceJson,
  uniqueCurrency,
} from "./support/ledger-api";

const ledgerRows = (page: Page) => page.getByRole("table", { name: "Ledgers" }).getByRole("row");

/** The sheet shows the ledger preset and locked: no Ledger search to change it. */
async function expectLedgerLocked(page: Page, name: string) {
  await expect(sheet(page)).toBeVisible();
  await expect(sheet(page).getByText(name, { exact: true })).toBeVisible();
  await expect(ledgerBox(page)).toHaveCount(0);
}

test("/ledgers lists the General Ledger first, then the newest; a row opens its ledger", async ({ page }) => {
  const name = `Newest Ledger ${Date.now()}`;
  const ledgerId = await createLedger(name);
  await page.goto("/ledgers");
  await expect(page.getByRole("heading", { level: 1, name: "Ledgers" })).toBeVisible();
  await expect(ledgerRows(page).nth(1)).toContainText("General Ledger");
  await expect(ledgerRows(page).nth(1)).toContainText("general_ledger_id");
  await expect(ledgerRows(page).nth(2)).toContainText(name);
  await expect(ledgerRows(page).nth(2)).toContainText(ledgerId);

  await ledgerRows(page).nth(2).getByRole("link", { name }).click();
  await expect(page).toHaveURL(`/ledgers/${ledgerId}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("main").getByText(ledgerId, { exact: true })).toBeVisible();
});

test("a ledger page lists only its balances; Create balance and ⌥B preset the ledger, locked", async ({
  page,
}) => {
  const name = `Vault Ledger ${Date.now()}`;
  const ledgerId = await createLedger(name);
  const otherLedgerId = await createLedger();
  const mine = uniqueCurrency("LGM");
  const other = uniqueCurrency("LGO");
  await createBalance({ ledgerId, currency: mine });
  await createBalance({ ledgerId, currency: mine });
  await createBalance({ ledgerId: otherLedgerId, currency: other });

  await page.goto(`/ledgers/${ledgerId}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("2 balances", { exact: true })).toBeVisible();
  await expect(balanceRows(page)).toHaveCount(3);
  await expect(balanceRows(page).filter({ hasText: mine })).toHaveCount(2);
  await expect(page.getByText(other)).toHaveCount(0);

  const byButton = uniqueCurrency("LGB");
  await page.getByRole("button", { name: "Create balance" }).click();
  await expectLedgerLocked(page, name);
  await submitAndSeeRow(page, byButton);
  await expect(page).toHaveURL(new RegExp(`/ledgers/${ledgerId}\\?balance=bln_`));
  await expect(page.getByText("3 balances", { exact: true })).toBeVisible();
  expect(await newestBalanceJson(byButton)).toContain(`"ledger_id":"${ledgerId}"`);

  const byShortcut = uniqueCurrency("LGK");
  await pressAltBOnRecord(page, name);
  await expectLedgerLocked(page, name);
  await submitAndSeeRow(page, byShortcut);
  expect(await newestBalanceJson(byShortcut)).toContain(`"ledger_id":"${ledgerId}"`);
});

test("a ledger's balances page 20 at a time, with the page in the ledger's URL", async ({ page }) => {
  const ledgerId = await createLedger(`Busy Ledger ${Date.now()}`);
  const currency = uniqueCurrency("LGP");
  for (let index = 0; index < 21; index++) await createBalance({ ledgerId, currency });

  await page.goto(`/ledgers/${ledgerId}`);
  await expect(page.getByText("21 balances", { exact: true })).toBeVisible();
  await expect(balanceRows(page)).toHaveCount(21);
  await page.getByRole("navigation", { name: "Balances pages" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(`/ledgers/${ledgerId}?page=2`);
  await expect(balanceRows(page)).toHaveCount(2);
});

test("/balances?ledger= shows a removable Ledger chip with the ledger's name", async ({ page }) => {
  const name = `Chip Ledger ${Date.now()}`;
  const ledgerId = await createLedger(name);
  const currency = uniqueCurrency("LGC");
  await createBalance({ ledgerId, currency });

  await page.goto(`/balances?ledger=${ledgerId}`);
  const chip = page.getByRole("link", { name: `Remove filter Ledger: ${name}` });
  await expect(chip).toContainText(`Ledger: ${name}`);
  await expect(balanceRows(page)).toHaveCount(2);
  await chip.click();
  await expect(page).toHaveURL("/balances");
  await expect(balanceRows(page)).toHaveCount(21);
});

test("an unknown ledger is a real 404", async ({ page }) => {
  const response = await page.goto("/ledgers/ldg_00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Ledger not found" })).toBeVisible();
});

test("axe finds no violations on Ledgers and a ledger's page", async ({ page }) => {
  const expectNoViolations = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  };
  await page.goto("/ledgers");
  await expect(ledgerRows(page).nth(1)).toContainText("General Ledger");
  await expectNoViolations();

  // Other tests add ledgers, so the demo one may be on a later page: open it by ID.
  await page.goto(`/ledgers/${await ledgerIdByName("Customer Wallets")}`);
  await expect(page.getByRole("heading", { level: 1, name: "Customer Wallets" })).toBeVisible();
  await expect(balanceRows(page).nth(1)).toBeVisible();
  await expectNoViolations();
});
