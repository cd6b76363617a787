import { expect, type Page, test } from "@playwright/test";
import { callAction } from "./support/actions";
import { expectNoAxeViolations } from "./support/axe";
import { sheet as balanceSheet, pickLedger } from "./support/create-balance";
import { E2E } from "./support/env";
import { idsWhere, ledgerCall, uniqueRun } from "./support/ledger-api";
import {
  expectMetadataRefused,
  field as fieldOf,
  fillFields,
  fillMetadataRow,
  openWithButton,
  openWithKey,
} from "./support/sheet";
import { signIn } from "./support/sign-in";

// "Create identity" (product.md §12): ⌥I or the button on Identities; Individual or Organization, the names
// and email Blnk Cloud asks for, an optional profile, address and metadata. The new identity is in the
// Identities table, in Core's API with its fields, and in Create balance's owner picker at once.

const run = uniqueRun();
const sheet = (page: Page) => page.getByRole("dialog", { name: "Create identity" });
const field = (page: Page, label: string) => fieldOf(sheet(page), label);
const identitiesWithEmail = (email: string) => idsWhere("identities", "email_address", email);

async function openWithAltI(page: Page) {
  await page.goto("/identities");
  await openWithKey(page, "Alt+I", "Create identity", "Identities");
}

test("⌥I creates an individual with profile, address and metadata; it shows in Identities, the API and Create balance", async ({
  page,
}) => {
  const surname = `Hopper${run}`;
  const email = `grace.${run}@example.com`;
  await openWithAltI(page);
  await fillFields(sheet(page), {
    "First name": "Grace",
    "Last name": surname,
    Email: email,
    "Phone number": "+1 202 555 0143",
    "Date of birth": "1906-12-09",
    City: "New York",
    Country: "US",
  });
  await sheet(page).getByRole("button", { name: "Add metadata" }).click();
  await fillMetadataRow(sheet(page), 1, { key: "tier", type: "number", value: "2" });
  // A double click creates one identity.
  await sheet(page).getByRole("button", { name: "Create identity" }).dblclick();
  await expect(page.getByText(`Identity "Grace ${surname}" created`, { exact: true }).first()).toBeVisible();
  await expect(sheet(page)).toBeHidden();

  const ids = await identitiesWithEmail(email);
  expect(ids).toHaveLength(1);
  const { text } = await ledgerCall("GET", `/identities/${ids[0]}`);
  const stored = JSON.parse(text);
  expect(stored).toMatchObject({
    identity_type: "individual",
    first_name: "Grace",
    last_name: surname,
    phone_number: "+1 202 555 0143",
    city: "New York",
    country: "US",
    meta_data: { tier: 2, created_via: "ledger-desk" },
  });
  expect(stored.dob).toMatch(/^1906-12-09T00:00:00/);
  await expect(page.getByRole("link", { name: `Grace ${surname}`, exact: true })).toBeVisible();

  // Create balance (⌥B) offers the new owner at once: the browser's identity list was refreshed.
  await page.keyboard.press("Alt+B");
  await expect(balanceSheet(page)).toBeVisible();
  await pickLedger(page, "Customer Wallets");
  await balanceSheet(page).getByRole("button", { name: "Advanced options" }).click();
  await balanceSheet(page).getByRole("switch", { name: "Assign an owner to this balance" }).click();
  await balanceSheet(page).getByRole("combobox", { name: "Identity" }).fill(surname);
  await expect(page.getByRole("option", { name: new RegExp(`Grace ${surname}`) })).toBeVisible();
});

test("an organization needs its name and an email, not a person's names", async ({ page }) => {
  const name = `Acme ${run}`;
  const email = `ops.${run}@acme.example`;
  await page.goto("/identities");
  await openWithButton(page, "Create identity");
  await sheet(page).getByRole("radio", { name: "Organization" }).check();
  await expect(field(page, "First name")).toHaveCount(0);
  await expect(field(page, "Date of birth")).toHaveCount(0);
  await sheet(page).getByRole("button", { name: "Create identity" }).click();
  await expect(sheet(page).getByText("Enter the organization's name.")).toBeVisible();
  await expect(sheet(page).getByText("Enter an email address.", { exact: true })).toBeVisible();
  await field(page, "Organization name").fill(name);
  await field(page, "Email").fill(email);
  await sheet(page).getByRole("button", { name: "Create identity" }).click();
  await expect(page.getByText(`Identity "${name}" created`, { exact: true }).first()).toBeVisible();
  const ids = await identitiesWithEmail(email);
  expect(ids).toHaveLength(1);
  expect(JSON.parse((await ledgerCall("GET", `/identities/${ids[0]}`)).text)).toMatchObject({
    identity_type: "organization",
    organization_name: name,
    first_name: "",
  });
});

test("bad input is refused at its field, keeps what was typed, and creates nothing", async ({ page }) => {
  const email = `refused.${run}@example.com`;
  await openWithAltI(page);
  const submit = () => sheet(page).getByRole("button", { name: "Create identity" }).click();
  await submit();
  await expect(sheet(page).getByText("Enter the first name.")).toBeVisible();
  await expect(sheet(page).getByText("Enter the last name.")).toBeVisible();
  await expect(sheet(page).getByText("Enter an email address.", { exact: true })).toBeVisible();
  // The sheet with its errors showing is accessible too.
  await expectNoAxeViolations(page, '[role="dialog"]');

  await fillFields(sheet(page), {
    "First name": "Ada",
    "Last name": `Refused${run}`,
    Email: "ada@nowhere",
    "Date of birth": "2999-01-01",
  });
  await submit();
  await expect(sheet(page).getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(sheet(page).getByText("A date of birth cannot be in the future.")).toBeVisible();
  await expect(field(page, "Email")).toHaveValue("ada@nowhere");
  await expect(field(page, "Date of birth")).toHaveValue("2999-01-01");
  await field(page, "Email").fill(email);
  await field(page, "Date of birth").fill("1990-04-21");

  await sheet(page).getByRole("button", { name: "Add metadata" }).click();
  await expectMetadataRefused(sheet(page), submit);
  await expect(field(page, "First name")).toHaveValue("Ada");
  expect(await identitiesWithEmail(email)).toEqual([]);

  // The same form sent by hand, past the browser's checks: the server refuses it too.
  const send = (values: Record<string, unknown>) =>
    callAction(page.request, `${E2E.appUrl}/identities`, "createIdentityAction", [
      {
        type: "individual",
        firstName: "Ada",
        lastName: "X",
        email,
        metadata: [],
        requestId: crypto.randomUUID(),
        ...values,
      },
    ]);
  expect((await send({ dob: "2999-01-01" })).body).toContain("A date of birth cannot be in the future.");
  expect((await send({ email: "nope" })).body).toContain("Enter an email address like name@example.com.");
  expect((await send({ metadata: [{ key: "__proto__", value: "x".repeat(5_000) }] })).body).toContain(
    "Use at most 4096 characters in a value.",
  );
  // A 1 MB value is refused before the action runs: the request is over the server's body limit.
  expect((await send({ metadata: [{ key: "big", value: "x".repeat(1024 * 1024) }] })).body).toContain(
    "The request is larger than 1 MB.",
  );
  expect(await identitiesWithEmail(email)).toEqual([]);
});

test.describe("with sign-in", () => {
  test.use({ baseURL: E2E.signInAppUrl });

  test("a Viewer sees no Create identity and the action answers 403", async ({ page }) => {
    const email = `viewer.${run}@example.com`;
    await signIn(page, "viewer", "/identities");
    await expect(page.getByRole("heading", { level: 1, name: "Identities" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create identity" })).toHaveCount(0);
    const { status } = await callAction(
      page.request,
      `${E2E.signInAppUrl}/identities`,
      "createIdentityAction",
      [{ type: "organization", organizationName: "x", email, metadata: [], requestId: crypto.randomUUID() }],
    );
    expect(status).toBe(403);
    expect(await identitiesWithEmail(email)).toEqual([]);
  });
});
