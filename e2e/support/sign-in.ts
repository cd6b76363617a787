import { expect, type Page } from "@playwright/test";
import { E2E } from "./env";

// Signing in as a test account on the sign-in dashboard, and the account menu, as the specs drive them.

type Cookies = Awaited<ReturnType<ReturnType<Page["context"]>["cookies"]>>;

/**
 * Sessions already made in this run, by account and dashboard. The sign-in dashboard allows 20 sign-ins a
 * minute from one address (lib/auth/server.ts), and every spec signs in from 127.0.0.1: a spec that only needs
 * to be someone reuses that person's session, and signs in through the form when it has ended (signed out,
 * revoked). Specs about signing in itself drive the form directly.
 */
const sessions = new Map<string, Cookies>();

/** Signs in as `who` (through the sign-in page that `path` redirects to, unless a session of theirs is kept), and waits for `path` to be ready. */
export async function signIn(page: Page, who: keyof typeof E2E.accounts, path = "/balances") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  // Sessions belong to one dashboard (its database), so they are kept by the origin it sent us to.
  const key = `${who}@${new URL(page.url()).origin}`;
  const kept = sessions.get(key);
  if (kept) {
    await page.context().addCookies(kept);
    await page.goto(path);
  }
  if (/\/sign-in/.test(page.url())) {
    const { email, password } = E2E.accounts[who];
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
  }
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
  sessions.set(key, await page.context().cookies());
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
