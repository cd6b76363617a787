import { expect, type Page, test } from "@playwright/test";
import { balanceIdAt, createBalance, createIdentity, createLedger, transfer } from "./support/ledger-api";

const rows = (page: Page) => page.getByRole("table", { name: "Balances" }).getByRole("row");
const summary = (page: Page) => page.getByRole("dialog", { name: "Balance summary" });

test("owners: an identity's name, an internal @indicator, or nothing", async ({ page }) => {
  const ledgerId = await createLedger();
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: "Ada",
    last_name: "Quill",
  });
  await createBalance({ ledgerId, currency: "OWNQ", identityId });
  await createBalance({ ledgerId, currency: "NONQ" });
  await transfer({
    source: "@OwnersWorld",
    destination: "@OwnersSink",
    amount: 5n,
    currency: "INTQ",
    allowOverdraft: true,
  });

  await page.goto("/balances");
  const owned = rows(page).filter({ hasText: "OWNQ" });
  await expect(owned.getByRole("cell").nth(3)).toHaveText("Ada Quill");
  await expect(owned.getByRole("link", { name: "Ada Quill" })).toHaveAttribute(
    "href",
    `/identities/${identityId}`,
  );
  await expect(rows(page).filter({ hasText: "NONQ" }).getByRole("cell").nth(3)).toHaveText("");
  const internal = rows(page).filter({ hasText: "@OwnersWorld" });
  await expect(internal.getByRole("cell").nth(3)).toHaveText("@OwnersWorldInternal");
});

test("paging: page 2 shows the next 20, the URL carries the page, reload keeps it", async ({ page }) => {
  await page.goto("/balances");
  await expect(rows(page)).toHaveCount(21);
  await page.getByRole("navigation", { name: "Balances pages" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/balances\?page=2$/);
  await expect(page.getByText("Page 2", { exact: true })).toBeVisible();

  // The 21st balance (newest first) is the first row of page 2.
  const expected = await balanceIdAt(20);
  await rows(page).nth(1).click();
  await expect(summary(page).getByText(expected, { exact: true })).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`page=2&balance=${expected}`));
  await expect(summary(page).getByText(expected, { exact: true })).toBeVisible();
  await expect(rows(page)).toHaveCount(21);
});

test("Refresh shows a transaction posted to the ledger meanwhile, without reloading the page", async ({
  page,
}) => {
  const ledgerId = await createLedger();
  const balanceId = await createBalance({ ledgerId, currency: "USD" });
  await page.goto("/balances");
  const row = rows(page).filter({ hasText: "USD" }).first();
  await expect(row).toContainText("0.00 USD");
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 42;
  });

  await transfer({
    source: "@World",
    destination: balanceId,
    amount: 123_456n,
    currency: "USD",
    allowOverdraft: true,
  });
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(rows(page).filter({ hasText: "1,234.56 USD" }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
});

test("an ETH amount beyond 2^64 wei shows exactly, with the raw integer in its tooltip", async ({ page }) => {
  const ledgerId = await createLedger();
  const balanceId = await createBalance({ ledgerId, currency: "ETH" });
  const wei = 98_765_432_109_876_543_210_123n; // > 2^64
  await transfer({
    source: "@World",
    destination: balanceId,
    amount: wei,
    currency: "ETH",
    allowOverdraft: true,
  });
  await page.goto("/balances");
  const amount = page.getByText("98,765.432109876543210123 ETH", { exact: true });
  await expect(amount).toBeVisible();
  await amount.focus();
  await expect(page.getByRole("tooltip")).toContainText("98765432109876543210123 minor units");
});

test("keyboard only: Enter opens the summary, ↓ steps, E opens full details, then View transactions", async ({
  page,
}) => {
  await page.goto("/balances");
  await expect(rows(page)).toHaveCount(21);
  const first = await balanceIdAt(0);
  const second = await balanceIdAt(1);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.tagName === "TR")) break;
  }
  await page.keyboard.press("Enter");
  await expect(summary(page)).toBeVisible();
  await expect(summary(page).getByText(first, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`balance=${first}`));

  await page.keyboard.press("ArrowDown");
  await expect(summary(page).getByText(second, { exact: true })).toBeVisible();
  await page.keyboard.press("k");
  await expect(summary(page).getByText(first, { exact: true })).toBeVisible();
  await page.keyboard.press("j");
  await expect(summary(page).getByText(second, { exact: true })).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(summary(page)).toBeHidden();
  await page.goBack();
  await expect(summary(page)).toBeVisible();

  await page.keyboard.press("e");
  await expect(page).toHaveURL(new RegExp(`/balances/${second}$`));
  await expect(page.getByText("Credit balance", { exact: true })).toBeVisible();
  await page.goto(`/balances?balance=${second}`);
  await summary(page).getByRole("link", { name: "View transactions" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/balances/${second}/transactions$`));
});

test("Health: a negative balance shows Needs attention with the reason", async ({ page }) => {
  const ledgerId = await createLedger();
  const balanceId = await createBalance({ ledgerId, currency: "GBP" });
  await transfer({
    source: balanceId,
    destination: "@Elsewhere",
    amount: 1_861n,
    currency: "GBP",
    allowOverdraft: true,
  });
  await page.goto(`/balances?balance=${balanceId}`);
  await expect(summary(page).getByText("Needs attention")).toBeVisible();
  await expect(summary(page).getByText(/^The balance is negative \(-18\.61 GBP\)/)).toBeVisible();
});
