import { expect, type Page, test } from "@playwright/test";
import { callAction } from "./support/actions";
import { sheet as balanceSheet, ledgerBox } from "./support/create-balance";
import { E2E } from "./support/env";
import { idsWhere, ledgerCall, uniqueRun } from "./support/ledger-api";
import { expectMetadataRefused, field, fillMetadataRow, openWithButton, openWithKey } from "./support/sheet";
import { signIn } from "./support/sign-in";

// "Create ledger" (product.md §12): ⌥L or the button on Ledgers, a name and optional metadata. The new ledger
// is in the Ledgers table, in the ledger's own API with its metadata, and in Create balance's ledger picker.

const run = uniqueRun();
const sheet = (page: Page) => page.getByRole("dialog", { name: "Create ledger" });
const ledgersNamed = (name: string) => idsWhere("ledgers", "name", name);

test("⌥L creates a ledger with metadata; it shows in Ledgers, in the API and in Create balance's picker", async ({
  page,
}) => {
  const name = `Wallets ${run}`;
  await page.goto("/ledgers");
  await openWithKey(page, "Alt+L", "Create ledger", "Ledgers");
  await field(sheet(page), "Name").fill(name);
  await sheet(page).getByRole("button", { name: "Add metadata" }).click();
  await fillMetadataRow(sheet(page), 1, { key: "team", value: "payments" });
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
  await openWithButton(page, "Create ledger");
  const submit = () => sheet(page).getByRole("button", { name: "Create ledger" }).click();
  await submit();
  await expect(sheet(page).getByText("Enter a name for the ledger.")).toBeVisible();

  await field(sheet(page), "Name").fill(name);
  await sheet(page).getByRole("button", { name: "Add metadata" }).click();
  await expectMetadataRefused(sheet(page), submit);
  await expect(field(sheet(page), "Name")).toHaveValue(name);

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
