import { expect, test } from "@playwright/test";
import { E2E } from "./support/env";
import { startLedgerProxy } from "./support/proxy";

test.use({ baseURL: E2E.recoveringAppUrl });

test("with Blnk down the page explains it, and Try again recovers once Blnk is back", async ({ page }) => {
  await page.goto("/balances");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Cannot reach Blnk");

  const proxy = await startLedgerProxy();
  try {
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("table", { name: "Balances" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Balances" }).getByRole("row")).toHaveCount(21);
  } finally {
    await proxy.close();
  }
});
