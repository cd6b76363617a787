import { expect, type Page, test } from "@playwright/test";
import { callAction } from "./support/actions";
import { sheet as balanceSheet, ledgerBox } from "./support/create-balance";
import { E2E } from "./support/env";
import { ledgerCall } from "./support/ledger-api";
import { signIn } from "./support/sign-in";

// "Create ledger" (product.md §12): ⌥L or the button on Ledgers, a name and optional metadata. The new ledger
// is in the Ledgers table, in the ledger's own API with its metadata, and in Create balance's ledger picker.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const sheet = (page: Page) => page.getByRole("dialog", { name: "Create ledger" });

async function ledgersNamed(name: string) {
  const { text } = await ledgerCall(
    "POST",
    "/ledgers/filter",
    JSON.stringify({ filters: [{ field: "name", operator: "eq", value: name }], limit: 10 }),
  );
  return [...text.matchAll(/"ledger_id":"([^"]+)"/g)].map((match) => match[1]);
}

async function openWithAltL(page: Page) {
  await page.goto("/ledgers");
  // Keys before hydration do nothing: press until the sheet is there.
  await expect(async () => {
    await page.getByRole("heading", { level: 1, name: "Ledgers" }).click();
    await page.keyboard.press("Alt+L");
    await expect(sheet(page)).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

test("⌥L creates a ledger with metadata; it shows in Ledgers, in the API and in Create balance's picker", async ({
  page,
}) => {
  const name = `Wallets ${run}`;
  await openWithAltL(page);
  await sheet(page).getByLabel("Name", { exact: true }).fill(name);
  await sheet(page).getByRole("button", { name: "Add metadata" }).click();
  await sheet(page).getByLabel("Metadata key 1").fill("team");
  await sheet(page).getByLabel("Metadata value 1").fill("payments");
  // A double click creates one ledger.
  await sheet(page).getByRole("button", { name: "Create ledger" }).dblclick();
  await expect(page.getByText(`Ledger "${name}" created`, { exact: true })).toBeVisible();
  await expect(sheet(page)).toBeHidden();

  const ids = await ledgersNamed(name);
  expect(ids).toHaveLength(1);
  const { text } = await ledgerCall("GET", `/ledgers/${ids[0]}`);
  expect(text).toContain('"team":"payments"');
  expect(text).toContain('"created_via":"ledger-desk"');
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();

  // Create balance (⌥B) finds it by name at once: the browser's ledger list was refreshed.
  await page.keyboard.press("Alt+B");
  await expect(ledgerBox(page)).toBeFocused();
  await ledgerBox(page).fill(`Wallets ${run}`);
  await expect(balanceSheet(page).getByRole("option", { name: new RegExp(name) })).toBeVisible();
});

test("bad input is refused at its field, keeps what was typed, and creates nothing", async ({ page }) => {
  const name = `Refused ${run}`;
  await page.goto("/ledgers");
  await expect(async () => {
    await page.getByRole("button", { name: "Create ledger" }).click();
    await expect(sheet(page)).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await sheet(page).getByRole("button", { name: "Create ledger" }).click();
  await expect(sheet(page).getByText("Enter a name for the ledger.")).toBeVisible();

  await sheet(page).getByLabel("Name", { exact: true }).fill(name);
  await sheet(page).getByRole("button", { name: "Add metadata" }).click();
  const refusals: Array<[string, string, string, string]> = [
    ["__proto__", "text", "v", "Start with a letter; use only letters, digits and _."],
    ["k".repeat(500), "text", "v", "Use at most 128 characters in a key."],
    ["doc", "json", '{"a": ', "This is not valid JSON"],
    ["big", "text", "x".repeat(1024 * 1024), "Use at most 4096 characters in a value."],
  ];
  for (const [key, type, value, message] of refusals) {
    await sheet(page).getByLabel("Metadata key 1").fill(key);
    await sheet(page).getByLabel("Metadata type 1").selectOption(type);
    await sheet(page).getByLabel("Metadata value 1").fill(value);
    await sheet(page).getByRole("button", { name: "Create ledger" }).click();
    await expect(sheet(page).getByText(message).first()).toBeVisible();
    await expect(sheet(page).getByLabel("Metadata key 1")).toHaveValue(key);
    await expect(sheet(page).getByLabel("Metadata value 1")).toHaveValue(value);
  }
  await expect(sheet(page).getByLabel("Name", { exact: true })).toHaveValue(name);

  // The same form sent by hand, past the browser's checks: the server refuses it too.
  const send = (value: string) =>
    callAction(page.request, `${E2E.appUrl}/ledgers`, "createLedgerAction", [
      { name, metadata: [{ key: "__proto__", value }], requestId: crypto.randomUUID() },
    ]);
  const refused = await send("x".repeat(5_000));
  expect(refused.body).toContain("Use at most 4096 characters in a value.");
  // A 1 MB value is refused before the action runs: the request is over the server's body limit.
  expect((await send("x".repeat(1024 * 1024))).body).toContain("The request is larger than 1 MB.");
  expect(await ledgersNamed(name)).toEqual([]);
});

test.describe("with sign-in", () => {
  test.use({ baseURL: E2E.signInAppUrl });

  test("a Viewer sees no Create ledger and the action answers 403", async ({ page }) => {
    const name = `Viewer ${run}`;
    await signIn(page, "viewer", "/ledgers");
    await expect(page.getByRole("button", { name: "Create ledger" })).toHaveCount(0);
    const { status } = await callAction(page.request, `${E2E.signInAppUrl}/ledgers`, "createLedgerAction", [
      { name, metadata: [], requestId: crypto.randomUUID() },
    ]);
    expect(status).toBe(403);
    expect(await ledgersNamed(name)).toEqual([]);
  });
});
