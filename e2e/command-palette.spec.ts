import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./support/env";
import { createBalance, createIdentity, createLedger, transfer, uniqueCurrency } from "./support/ledger-api";
import { signIn } from "./support/sign-in";

// The command palette (issue 18): ⌘K / Ctrl+K or the sidebar's Search; a pasted ID, reference or @indicator
// opens its record in one Enter; names find identities and ledgers as you type; only what the role allows.

const run = Date.now().toString(36);
let transfers = 0;

function palette(page: Page) {
  return page.getByRole("dialog", { name: "Command palette" });
}

/** Opens the palette with `keys`. Keys pressed before the page has hydrated do nothing: press until it opens. */
async function openPalette(page: Page, keys: "Meta+K" | "Control+K" = "Control+K") {
  await expect(async () => {
    await page.keyboard.press(keys);
    await expect(palette(page)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const box = palette(page).getByRole("combobox", { name: "Search" });
  await expect(box).toBeFocused();
  return box;
}

/** Pastes `text` into a fresh palette on `path` and presses Enter at once. */
async function pasteAndEnter(page: Page, text: string, path = "/balances") {
  await page.goto(path);
  const box = await openPalette(page);
  await box.fill(text);
  await page.keyboard.press("Enter");
}

async function appliedTransfer() {
  const ledgerId = await createLedger(`Palette ${run}`);
  const destination = await createBalance({ ledgerId, currency: "USD" });
  const reference = `palette-ref-${run}-${++transfers}`;
  const id = await transfer({
    source: "@World",
    destination,
    amount: 4_321n,
    currency: "USD",
    allowOverdraft: true,
    reference,
  });
  return { ledgerId, destination, id, reference };
}

test("⌘K, a pasted txn_ ID and Enter open the transaction; it is listed under Recent next time", async ({
  page,
}) => {
  const { id } = await appliedTransfer();
  await page.goto("/balances");
  const box = await openPalette(page, "Meta+K");
  await box.fill(id);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/transactions/${id}$`));
  await expect(page.getByRole("region", { name: "Details", exact: true })).toContainText(id);
  await expect(palette(page)).toBeHidden();

  await openPalette(page);
  await expect(
    palette(page).getByRole("group", { name: "Recent" }).getByRole("option").first(),
  ).toContainText(id);
});

test("Ctrl+K opens it, Esc closes it, and the sidebar's Search box opens it too", async ({ page }) => {
  await page.goto("/transactions");
  await openPalette(page, "Control+K");
  await page.keyboard.press("Escape");
  await expect(palette(page)).toBeHidden();
  await page.getByRole("complementary").getByRole("button", { name: "Search" }).click();
  await expect(palette(page).getByRole("combobox", { name: "Search" })).toBeFocused();
  // Its key hint is in the shortcuts help.
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /Keyboard shortcuts/ }).click();
  await expect(
    page.getByRole("dialog", { name: "Keyboard shortcuts" }).getByText(/Open the command palette/),
  ).toBeVisible();
});

test("a pasted bln_, ldg_ or idt_ ID opens its record, and a reference opens its transaction", async ({
  page,
}) => {
  const { ledgerId, destination, id, reference } = await appliedTransfer();
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: "Paletta",
    last_name: `Person${run}`,
    email_address: `paletta-${run}@example.com`,
  });
  await pasteAndEnter(page, destination);
  await expect(page).toHaveURL(new RegExp(`/balances/${destination}$`));
  await pasteAndEnter(page, ledgerId);
  await expect(page).toHaveURL(new RegExp(`/ledgers/${ledgerId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Palette ${run}`);
  await pasteAndEnter(page, identityId);
  await expect(page).toHaveURL(new RegExp(`/identities/${identityId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Paletta Person${run}`);
  await pasteAndEnter(page, reference);
  await expect(page).toHaveURL(new RegExp(`/transactions/${id}$`));
});

test("an @indicator with balances in two currencies offers the choice, and Enter opens the one chosen", async ({
  page,
}) => {
  const indicator = `@Palette${run}`;
  const eur = uniqueCurrency("PE");
  for (const currency of ["USD", eur]) {
    await transfer({
      source: indicator,
      destination: `@PaletteSink${run}`,
      amount: 100n,
      currency,
      allowOverdraft: true,
    });
  }
  await page.goto("/balances");
  const box = await openPalette(page);
  await box.fill(indicator);
  await expect(palette(page).getByRole("status")).toHaveText(
    `${indicator} has balances in 2 currencies: choose one.`,
  );
  const options = palette(page).getByRole("group", { name: "Records" }).getByRole("option");
  await expect(options).toHaveCount(2);
  const usd = options.filter({ hasText: `${indicator} · USD` });
  await expect(usd).toBeVisible();
  await usd.hover();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/balances\/bln_/);
  await expect(page.getByRole("main")).toContainText(indicator);
});

test("typing a name finds the identity as you type, and the ledger by its name", async ({ page }) => {
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: `Quorra${run}`,
    last_name: "Finder",
    email_address: `quorra-${run}@example.com`,
  });
  const ledgerId = await createLedger(`Quorra${run} Books`);
  await page.goto("/balances");
  const box = await openPalette(page);
  await box.pressSequentially(`quorra${run}`.slice(0, 12));
  await box.pressSequentially(`quorra${run}`.slice(12));
  await expect(palette(page).getByRole("group", { name: "Identities" }).getByRole("option")).toContainText([
    `Quorra${run} Finder`,
  ]);
  await expect(palette(page).getByRole("group", { name: "Ledgers" }).getByRole("option")).toContainText([
    `Quorra${run} Books`,
  ]);
  await palette(page)
    .getByRole("option", { name: new RegExp(`Quorra${run} Finder`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/identities/${identityId}$`));
  expect(ledgerId).toMatch(/^ldg_/);
});

test("pages and actions by name: Create balance opens its sheet", async ({ page }) => {
  await page.goto("/ledgers");
  const box = await openPalette(page);
  await box.fill("audit");
  await expect(palette(page).getByRole("option", { name: "Audit log" })).toBeVisible();
  await box.fill("create bal");
  await expect(palette(page).getByRole("option", { name: /Create balance/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Create balance" })).toBeVisible();
});

test("Create identity and Create ledger run from the palette too", async ({ page }) => {
  await page.goto("/balances");
  for (const name of ["Create identity", "Create ledger"]) {
    const box = await openPalette(page);
    await box.fill(name.toLowerCase());
    await expect(palette(page).getByRole("option", { name: new RegExp(name) })).toBeVisible();
    await page.keyboard.press("Enter");
    const sheet = page.getByRole("dialog", { name });
    await expect(sheet).toBeVisible();
    await sheet.getByRole("button", { name: "Close" }).click();
    await expect(sheet).toBeHidden();
  }
});

test("an unknown ID says so clearly, and odd input never errors", async ({ page }) => {
  const failures: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on("pageerror", (error) => failures.push(error.message));
  await page.goto("/balances");
  const box = await openPalette(page);
  await box.fill("txn_00000000-0000-0000-0000-000000000000");
  await page.keyboard.press("Enter");
  await expect(palette(page).getByRole("status")).toHaveText("No transaction has this ID.");
  await expect(page).toHaveURL(/\/balances$/);
  await box.fill("bln_nope");
  await expect(palette(page).getByRole("status")).toHaveText("No balance has this ID.");

  await box.fill("x".repeat(10_000));
  await expect(palette(page).getByRole("status")).toHaveText(
    "Too long to be an ID, a reference or a name: at most 200 characters.",
  );
  for (const text of ["'; DROP TABLE balances; --", "Zoë 名前 🙂", "%_%", "@", "txn_"]) {
    await box.fill(text);
    // Its answers arrive (the status line goes), and none of them is a failure.
    await expect(palette(page).getByText(/^(Searching…|Search failed)/)).toHaveCount(0);
  }
  await expect(palette(page)).toBeVisible();
  expect(failures).toEqual([]);
});

test.describe("a Viewer", () => {
  test.use({ baseURL: E2E.signInAppUrl });

  test("sees pages but no create actions and no oversight pages", async ({ page }) => {
    await signIn(page, "viewer");
    const box = await openPalette(page);
    const options = palette(page).getByRole("option");
    await expect(options.filter({ hasText: "Transactions" })).toBeVisible();
    await expect(options.filter({ hasText: /^Create / })).toHaveCount(0);
    await expect(options.filter({ hasText: "Audit log" })).toHaveCount(0);
    await box.fill("create");
    await expect(palette(page).getByRole("option", { name: /Create/ })).toHaveCount(0);
  });
});
