import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./support/env";
import { countBalances, createLedger, uniqueCurrency } from "./support/ledger-api";
import { startLedgerProxy } from "./support/proxy";

test.use({ baseURL: E2E.recoveringAppUrl });

const sheet = (page: Page) => page.getByRole("dialog", { name: "Create balance" });

test("with Blnk unreachable, submitting explains it, keeps the form, and succeeds on retry", async ({
  page,
}) => {
  const ledgerId = await createLedger("Recovery Ledger");
  const currency = uniqueCurrency("REC");
  let proxy = await startLedgerProxy();
  try {
    await page.goto("/balances");
    await page.keyboard.press("Alt+B");
    await sheet(page).getByRole("combobox", { name: "Ledger" }).fill(ledgerId);
    await expect(sheet(page).getByRole("combobox", { name: "Ledger" })).toHaveValue("Recovery Ledger");
    await sheet(page).getByLabel("Currency").fill(currency);

    await proxy.close();
    await sheet(page).getByRole("button", { name: "Create balance" }).click();
    await expect(sheet(page).getByRole("alert")).toContainText("Cannot reach Blnk");
    await expect(sheet(page).getByLabel("Currency")).toHaveValue(currency);
    expect(await countBalances(currency)).toBe(0);

    proxy = await startLedgerProxy();
    await sheet(page).getByRole("button", { name: "Create balance" }).click();
    await expect(sheet(page)).toBeHidden();
    expect(await countBalances(currency)).toBe(1);
  } finally {
    await proxy.close();
  }
});
