import { expect, type Page } from "@playwright/test";
import { E2E } from "./env";

// Signing in as a test account on the sign-in dashboard, and the account menu, as the specs drive them.

/** Signs in as `who` through the sign-in page that `path` redirects to, and waits for `path` to be ready. */
export async function signIn(page: Page, who: keyof typeof E2E.accounts, path = "/balances") {
  const { email, password } = E2E.accounts[who];
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
  // Keyboard shortcuts need the page hydrated: its scripts have run by the load event.
  await page.waitForLoadState("load");
}

/**
 * Opens the account menu. The server renders its button before the browser has loaded and hydrated the
 * menu's own chunk, and a click in between does nothing: click again until the menu is there.
 */
export async function openAccountMenu(page: Page, name: RegExp) {
  await expect(async () => {
    if ((await page.getByRole("menu").count()) === 0) await page.getByRole("button", { name }).click();
    await expect(page.getByRole("menu")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
