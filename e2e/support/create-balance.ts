import { expect, type FrameLocator, type Page } from "@playwright/test";

// The Create balance sheet as the specs drive it, by role and label only. `scope` is the page, or the frame
// the dashboard is embedded in.
type Scope = Page | FrameLocator;

export const sheet = (scope: Scope) => scope.getByRole("dialog", { name: "Create balance" });
export const ledgerBox = (scope: Scope) => sheet(scope).getByRole("combobox", { name: "Ledger" });
/** The rows of the Balances table a created balance shows up in (the header row first). */
export const balanceRows = (scope: Scope) => scope.getByRole("table", { name: "Balances" }).getByRole("row");

/** Types `search` into Ledger and picks the option named `name`, which Ledger then shows. */
export async function pickLedger(scope: Scope, search: string, name = search) {
  await ledgerBox(scope).fill(search);
  await scope.getByRole("option", { name: new RegExp(name) }).click();
  await expect(ledgerBox(scope)).toHaveValue(name);
}

/**
 * Presses ⌥B until the sheet opens: a key pressed before the page has hydrated has no listener yet (a loaded
 * CI machine shows it), and a press while the sheet is there would be a second one.
 */
export async function pressAltBUntilOpen(page: Page) {
  await expect(async () => {
    if ((await sheet(page).count()) === 0) await page.keyboard.press("Alt+B");
    await expect(sheet(page)).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

/**
 * Opens the sheet with ⌥B and pastes a ledger ID into Ledger, which then shows the ledger's `name`. It types
 * only once the opening sheet has focused Ledger: a fill before that loses focus to the sheet's auto-focus.
 */
export async function openWithLedgerId(page: Page, ledgerId: string, name: string) {
  await pressAltBUntilOpen(page);
  await expect(ledgerBox(page)).toBeFocused();
  await ledgerBox(page).fill(ledgerId);
  await expect(ledgerBox(page)).toHaveValue(name);
}

/** ⌥B on a record's page, once its heading (`title`) has the focus, so the key reaches the page. */
export async function pressAltBOnRecord(page: Page, title: string) {
  await page.getByRole("heading", { level: 1, name: title }).click();
  await page.keyboard.press("Alt+B");
}

/** Submits `currency`: the sheet closes and the page's Balances table shows the new balance. */
export async function submitAndSeeRow(page: Page, currency: string) {
  await submitCurrency(page, currency);
  await expect(sheet(page)).toBeHidden();
  await expect(balanceRows(page).filter({ hasText: currency })).toHaveCount(1);
}

/** Enters the currency and presses Create balance. */
export async function submitCurrency(scope: Scope, currency: string) {
  await sheet(scope).getByLabel("Currency").fill(currency);
  await sheet(scope).getByRole("button", { name: "Create balance" }).click();
}
