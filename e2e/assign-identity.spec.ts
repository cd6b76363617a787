import { expect, test } from "@playwright/test";
import { callAction, callActionFromPage } from "./support/actions";
import { E2E } from "./support/env";
import {
  createBalance,
  createIdentity,
  createLedger,
  ledgerCall,
  uniqueCurrency,
  uniqueRun,
} from "./support/ledger-api";
import { openActionsMenu, openFromActions } from "./support/sheet";
import { signIn } from "./support/sign-in";

// "Assign identity" on a balance's page (product.md §12): search by name or paste an ID, "Submit"; reassigning
// asks first, naming both identities. Afterwards the Balances table's "Owner" shows the new name.

const run = uniqueRun();
let ledgerId = "";
let ada = "";
let grace = "";

test.beforeAll(async () => {
  ledgerId = await createLedger(`Assign ${run}`);
  ada = await createIdentity({ identity_type: "individual", first_name: "Ada", last_name: `Assign${run}` });
  grace = await createIdentity({
    identity_type: "individual",
    first_name: "Grace",
    last_name: `Assign${run}`,
  });
});

const ownerOf = async (balanceId: string) =>
  /"identity_id":"([^"]*)"/.exec((await ledgerCall("GET", `/balances/${balanceId}`)).text)?.[1] ?? "";

test("assign by searching a name, then reassign by pasting an ID after a confirmation naming both", async ({
  page,
}) => {
  const currency = uniqueCurrency("ASG");
  const balanceId = await createBalance({ ledgerId, currency });
  await page.goto(`/balances/${balanceId}`);

  const dialog = await openFromActions(page, "Assign identity");
  const field = dialog.getByRole("combobox", { name: "Identity" });
  await field.fill(`Ada Assign${run}`);
  await dialog.getByRole("option", { name: new RegExp(`Ada Assign${run}`) }).click();
  await dialog.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText(`Ada Assign${run} now owns this balance`, { exact: true })).toBeVisible();
  await expect(dialog).toHaveCount(0);
  expect(await ownerOf(balanceId)).toBe(ada);
  await expect(page.getByRole("region", { name: "Details" })).toContainText(`Ada Assign${run}`);

  const reassign = await openFromActions(page, "Assign identity");
  await expect(reassign).toContainText(`Owned by Ada Assign${run} now.`);
  // A pasted ID is looked up and shown by its name.
  await reassign.getByRole("combobox", { name: "Identity" }).fill(grace);
  await expect(reassign.getByRole("combobox", { name: "Identity" })).toHaveValue(`Grace Assign${run}`);
  await reassign.getByRole("button", { name: "Submit" }).click();
  const confirm = page.getByRole("dialog", { name: "Reassign identity?" });
  await expect(confirm).toContainText(`from Ada Assign${run} to Grace Assign${run}`);
  expect(await ownerOf(balanceId)).toBe(ada);
  // A double click sends one write: the second click lands while the first is in flight.
  await confirm.getByRole("button", { name: "Reassign" }).dblclick();
  await expect(page.getByText(`Grace Assign${run} now owns this balance`, { exact: true })).toBeVisible();
  expect(await ownerOf(balanceId)).toBe(grace);

  // The Balances table's Owner column names the new owner.
  await page.goto(`/balances?owner=${grace}`);
  const row = page.getByRole("row").filter({ hasText: currency });
  await expect(row.getByRole("link", { name: `Grace Assign${run}` })).toBeVisible();
});

test("an unknown or malformed identity is refused at the field, keeping the text, and nothing changes", async ({
  page,
}) => {
  const balanceId = await createBalance({ ledgerId, currency: "USD" });
  await page.goto(`/balances/${balanceId}`);
  const dialog = await openFromActions(page, "Assign identity");
  const field = dialog.getByRole("combobox", { name: "Identity" });
  const unknown = "idt_00000000-0000-4000-8000-000000000000";
  await field.fill(unknown);
  await expect(dialog.getByText("No identity has this ID.")).toBeVisible();
  await dialog.getByRole("button", { name: "Submit" }).click();
  await expect(dialog).toBeVisible();
  await expect(field).toHaveValue(unknown);

  // The same request made by hand: the server refuses it at the field too.
  const refused = await callAction(
    page.request,
    `${E2E.appUrl}/balances/${balanceId}`,
    "assignBalanceIdentity",
    [{ balanceId, identityId: unknown, replaces: null, requestId: crypto.randomUUID() }],
  );
  expect(refused.body).toContain("No identity has this ID.");
  const malformed = await callAction(
    page.request,
    `${E2E.appUrl}/balances/${balanceId}`,
    "assignBalanceIdentity",
    [{ balanceId, identityId: "'; DROP TABLE balances; --", replaces: null, requestId: crypto.randomUUID() }],
  );
  expect(malformed.body).toContain("Paste an identity ID");
  expect(await ownerOf(balanceId)).toBe("");
});

test.describe("with sign-in", () => {
  test.use({ baseURL: E2E.signInAppUrl });

  test("a Viewer sees no Assign identity and the action answers 403", async ({ page }) => {
    const balanceId = await createBalance({ ledgerId, currency: "USD" });
    await signIn(page, "viewer", `/balances/${balanceId}`);
    await openActionsMenu(page, "View historical balance");
    await expect(page.getByRole("menuitem", { name: "Assign identity" })).toHaveCount(0);
    const { status } = await callActionFromPage(page, "assignBalanceIdentity", {
      balanceId,
      identityId: ada,
      replaces: null,
      requestId: crypto.randomUUID(),
    });
    expect(status).toBe(403);
    expect(await ownerOf(balanceId)).toBe("");
  });
});
