import { expect, type Locator, type Page, test } from "@playwright/test";

async function tabUntilFocused(page: Page, target: Locator, maxTabs = 15) {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test("the shell renders the sidebar with Balances, Transactions, Identities and Ledgers", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/balances$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(["Balances", "Transactions", "Identities", "Ledgers"]);
  await expect(nav.getByRole("link", { name: "Balances" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 1, name: "Balances" })).toBeVisible();
});

test("navigation works from the keyboard, with a visible focus ring", async ({ page }) => {
  await page.goto("/balances");
  const identities = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Identities" });
  await tabUntilFocused(page, identities);
  const outline = await identities.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/identities$/);
  await expect(page.getByRole("heading", { level: 1, name: "Identities" })).toBeVisible();

  const ledgers = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Ledgers" });
  await tabUntilFocused(page, ledgers, 30);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ledgers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ledgers" })).toBeVisible();
});

test("the skip link moves focus past the sidebar", async ({ page }) => {
  await page.goto("/ledgers");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("? opens the Keyboard shortcuts help, which lists every shortcut, and Esc closes it", async ({
  page,
}) => {
  await page.goto("/balances");
  await expect(page.getByRole("heading", { level: 1, name: "Balances" })).toBeVisible();
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  // The heading is server-rendered: until the page has hydrated, a key press has no listener (a loaded CI
  // machine showed it), so press again until the help opens, as the ⌥B specs do.
  await expect(async () => {
    await page.keyboard.press("Shift+Slash");
    await expect(help).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  for (const description of [
    "Show keyboard shortcuts",
    "Close the top overlay",
    "Create balance (owner or ledger preset on their pages)",
    "Open the summary of the focused row",
    "Expand the open summary (or the focused row) to full details",
    "Previous row",
    "Next row",
    "Create transaction (the balance preset on its pages)",
    "Commit the open inflight transaction",
    "Void the open inflight transaction",
    "Refund the open applied transaction",
    "Open the command palette: go to a page, run an action, find a record",
    "Create identity",
    "Create ledger",
  ]) {
    await expect(help.getByText(description, { exact: true })).toBeVisible();
  }
  // ⌥B, ⌥T, ⌥I and ⌥L: "Alt" off a Mac.
  await expect(help.getByText("Alt", { exact: true })).toHaveCount(4);
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // The sidebar button opens the same help.
  await page.getByRole("button", { name: /Keyboard shortcuts/ }).click();
  await expect(help).toBeVisible();
});

test.describe("theme", () => {
  test.use({ colorScheme: "dark" });

  test("follows the system and the toggle switches and remembers light and dark", async ({ page }) => {
    await page.goto("/balances");
    const html = page.locator("html");
    await expect(html).toHaveClass(/\bdark\b/);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBackground = await background();

    await page.getByRole("button", { name: "Theme" }).click();
    await page.getByRole("menuitemradio", { name: "Light" }).click();
    await expect(html).toHaveClass(/\blight\b/);
    expect(await background()).not.toBe(darkBackground);

    await page.reload();
    await expect(html).toHaveClass(/\blight\b/);

    // The toggle is keyboard operable too.
    await page.getByRole("button", { name: "Theme" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menuitemradio", { name: "Dark" }).focus();
    await page.keyboard.press("Enter");
    await expect(html).toHaveClass(/\bdark\b/);
    expect(await background()).toBe(darkBackground);
  });
});

test("with no sign-in configured on a loopback address, every page shows the Demo mode banner", async ({
  page,
}) => {
  for (const path of ["/balances", "/identities", "/ledgers"]) {
    await page.goto(path);
    const banner = page.getByRole("status", { name: "Demo mode" });
    await expect(banner, path).toBeVisible();
    await expect(banner, path).toContainText("no sign-in is configured");
    await expect(banner, path).toContainText("AUTH_SECRET");
  }
  // No sign-in in demo mode: the sign-in page sends you straight on, and nothing asks for an account.
  await page.goto("/sign-in");
  await expect(page).toHaveURL(/\/balances$/);
  await expect(page.getByRole("button", { name: /^Account:/ })).toHaveCount(0);
});
