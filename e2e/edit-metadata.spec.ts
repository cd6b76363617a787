import { expect, type Locator, test } from "@playwright/test";
import { callAction, callActionFromPage } from "./support/actions";
import { expectNoAxeViolations } from "./support/axe";
import { E2E } from "./support/env";
import { createIdentity, createLedger, ledgerCall, uniqueRun } from "./support/ledger-api";
import { openFromActions, openWithButton } from "./support/sheet";
import { signIn } from "./support/sign-in";

// "Edit metadata" (product.md §12) on a balance (Actions menu), an identity and a ledger (beside their
// metadata): typed values, "Review changes" with old → new, "Update"; Blnk merges, so every other key stays.

const run = uniqueRun();
let ledgerId = "";

test.beforeAll(async () => {
  ledgerId = await createLedger(`Metadata ${run}`);
});

const metadataOf = async (path: string) =>
  (JSON.parse((await ledgerCall("GET", path)).text) as { meta_data: Record<string, unknown> }).meta_data;

async function addRow(dialog: Locator, n: number, key: string, type: string, value: string) {
  await dialog.getByRole("button", { name: "Add metadata" }).click();
  await dialog.getByRole("textbox", { name: `Metadata key ${n}` }).fill(key);
  await dialog.getByRole("combobox", { name: `Metadata type ${n}` }).selectOption({ label: type });
  const field = dialog.getByLabel(`Metadata value ${n}`);
  if (type === "Boolean") await field.selectOption(value);
  else await field.fill(value);
}

test("a balance's metadata gains a number and a nested object, one value changes, every other key stays", async ({
  page,
}) => {
  const created = await ledgerCall(
    "POST",
    "/balances",
    JSON.stringify({ ledger_id: ledgerId, currency: "USD", meta_data: { note: "keep me", tier: "gold" } }),
  );
  const balanceId = /"balance_id":"([^"]+)"/.exec(created.text)?.[1] ?? "";
  await page.goto(`/balances/${balanceId}`);
  const dialog = await openFromActions(page, "Edit metadata");
  // The stored keys are fixed rows with their values; they cannot be removed (Blnk merges).
  await expect(dialog.getByRole("textbox", { name: "Metadata key 1" })).toHaveValue("note");
  await expect(dialog.getByRole("textbox", { name: "Metadata key 1" })).toHaveAttribute("readonly", "");
  await expect(dialog.getByRole("button", { name: "Remove metadata 1" })).toHaveCount(0);
  await dialog.getByRole("textbox", { name: "Metadata value 2" }).fill("platinum");
  await addRow(dialog, 3, "limit", "Number", "2500");
  await addRow(dialog, 4, "profile", "JSON", '{"risk": {"score": 7, "flags": ["kyc", true]}}');
  await addRow(dialog, 5, "vip", "Boolean", "true");
  await dialog.getByRole("button", { name: "Review changes" }).click();

  const review = page.getByRole("dialog", { name: "Review changes" });
  const changes = review.getByRole("list", { name: "Changes" }).getByRole("listitem");
  await expect(changes).toHaveText([
    /^tierChanged.*"gold" → .*"platinum"$/,
    /^limitAdded2500$/,
    /^profileAdded\{"risk":\{"score":7,"flags":\["kyc",true\]\}\}$/,
    /^vipAddedtrue$/,
  ]);
  await expectNoAxeViolations(page, '[role="dialog"]');
  expect(await metadataOf(`/balances/${balanceId}`)).toEqual({ note: "keep me", tier: "gold" });
  // A double click sends one write.
  await review.getByRole("button", { name: "Update" }).dblclick();
  await expect(page.getByText("Metadata updated", { exact: true }).first()).toBeVisible();
  await expect(review).toHaveCount(0);

  expect(await metadataOf(`/balances/${balanceId}`)).toEqual({
    note: "keep me",
    tier: "platinum",
    limit: 2500,
    profile: { risk: { score: 7, flags: ["kyc", true] } },
    vip: true,
    updated_by: "demo",
  });
  await expect(page.getByRole("region", { name: "Metadata" })).toContainText('"tier": "platinum"');
});

test("bad input on an identity is refused at its row, nothing is sent, and every typed value stays", async ({
  page,
}) => {
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: "Meta",
    last_name: `Data${run}`,
    meta_data: { note: "before" },
  });
  await page.goto(`/identities/${identityId}`);
  const dialog = await openWithButton(page, "Edit metadata");
  const long = `k${"x".repeat(499)}`;
  const megabyte = "x".repeat(1024 * 1024);
  await addRow(dialog, 2, "broken", "JSON", '{"a": ');
  await addRow(dialog, 3, "__proto__", "Text", "x");
  await addRow(dialog, 4, long, "Text", "x");
  await addRow(dialog, 5, "blob", "Text", megabyte);
  await addRow(dialog, 6, "nested", "JSON", '{"__proto__": {"admin": true}}');
  await addRow(dialog, 7, "count", "Number", "twelve");
  await dialog.getByRole("button", { name: "Review changes" }).click();

  await expect(dialog.getByText(/^This is not valid JSON: /)).toBeVisible();
  await expect(dialog.getByText("Start with a letter; use only letters, digits and _.")).toBeVisible();
  await expect(dialog.getByText("Use at most 128 characters in a key.")).toBeVisible();
  await expect(dialog.getByText("Use at most 4096 characters in a value.")).toBeVisible();
  await expect(dialog.getByText("A JSON key may not be named __proto__.")).toBeVisible();
  await expect(dialog.getByText(/^Enter a number such as 42/)).toBeVisible();
  await expect(dialog.getByLabel("Metadata value 2")).toHaveValue('{"a": ');
  await expect(dialog.getByRole("textbox", { name: "Metadata key 4" })).toHaveValue(long);
  await expect(dialog.getByLabel("Metadata value 5")).toHaveValue(megabyte);
  await expect(dialog.getByLabel("Metadata value 7")).toHaveValue("twelve");
  expect(await metadataOf(`/identities/${identityId}`)).toEqual({ note: "before" });

  // The server refuses the same by hand.
  const refused = await callAction(page.request, `${E2E.appUrl}/identities/${identityId}`, "editMetadata", [
    {
      entityId: identityId,
      metadata: [{ key: "nested", value: '{"__proto__": {"admin": true}}', type: "json" }],
      previous: { nested: null },
      requestId: crypto.randomUUID(),
    },
  ]);
  expect(refused.body).toContain("A JSON key may not be named __proto__.");
  expect(await metadataOf(`/identities/${identityId}`)).toEqual({ note: "before" });
});

test("a ledger's metadata changes the same way", async ({ page }) => {
  const id = await createLedger(`Metadata edit ${run}`);
  await page.goto(`/ledgers/${id}`);
  const dialog = await openWithButton(page, "Edit metadata");
  await dialog.getByRole("textbox", { name: "Metadata key 1" }).fill("region");
  await dialog.getByLabel("Metadata value 1").fill("eu-west");
  await dialog.getByRole("button", { name: "Review changes" }).click();
  await page.getByRole("dialog", { name: "Review changes" }).getByRole("button", { name: "Update" }).click();
  await expect(page.getByText("Metadata updated", { exact: true }).first()).toBeVisible();
  expect(await metadataOf(`/ledgers/${id}`)).toMatchObject({ region: "eu-west", updated_by: "demo" });
});

test.describe("with sign-in", () => {
  test.use({ baseURL: E2E.signInAppUrl });

  test("a Viewer sees no Edit metadata and the action answers 403", async ({ page }) => {
    const identityId = await createIdentity({
      identity_type: "individual",
      first_name: "View",
      last_name: run,
    });
    await signIn(page, "viewer", `/identities/${identityId}`);
    await expect(page.getByRole("heading", { name: "Additional information" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Edit metadata" })).toHaveCount(0);
    const { status } = await callActionFromPage(page, "editMetadata", {
      entityId: identityId,
      metadata: [{ key: "a", value: "b", type: "text" }],
      previous: { a: null },
      requestId: crypto.randomUUID(),
    });
    expect(status).toBe(403);
    expect(await metadataOf(`/identities/${identityId}`)).toBeNull();
  });
});
