import { expect, test } from "@playwright/test";
import { E2E } from "./support/env";

test.use({ baseURL: E2E.unreachableAppUrl });

test("with Blnk unreachable, Balances explains it and offers Try again instead of crashing", async ({
  page,
}) => {
  const response = await page.goto("/balances");
  expect(response?.status()).toBeLessThan(500);
  await expect(page.getByRole("heading", { level: 1, name: "Balances" })).toBeVisible();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Cannot reach Blnk");
  await expect(alert).toContainText("127.0.0.1:9");
  const retry = alert.getByRole("button", { name: "Try again" });
  await expect(retry).toBeVisible();

  await retry.click();
  // It tries again (the button shows progress) and lands on the same clear state, the shell still usable.
  await expect(alert).toContainText("Cannot reach Blnk");
  await expect(retry).toBeEnabled();
  await page.getByRole("link", { name: "Ledgers" }).click();
  await expect(page).toHaveURL(/\/ledgers$/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Cannot reach Blnk");
});
