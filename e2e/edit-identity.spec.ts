import { expect, type Page, test } from "@playwright/test";
import { callAction, callActionFromPage } from "./support/actions";
import { expectNoAxeViolations } from "./support/axe";
import { E2E } from "./support/env";
import { createIdentity, ledgerCall, uniqueRun } from "./support/ledger-api";
import { field as fieldOf, fillFields, openWithButton } from "./support/sheet";
import { signIn } from "./support/sign-in";

// "Edit identity" (product.md §12) on the identity page: the fields of its type, filled in; "Save changes"
// sends only what changed (PUT /identities/:id), never the metadata; Blnk cannot empty a field, so emptying one
// is refused at the field.

const run = uniqueRun();
const sheet = (page: Page) => page.getByRole("dialog", { name: "Edit identity" });
const field = (page: Page, label: string) => fieldOf(sheet(page), label);
const stored = async (id: string) => JSON.parse((await ledgerCall("GET", `/identities/${id}`)).text);

async function newIdentity(surname: string) {
  return createIdentity({
    identity_type: "individual",
    first_name: "Katherine",
    last_name: surname,
    email_address: `k.${run}@example.com`,
    city: "White Sulphur Springs",
    meta_data: { tier: "gold", score: 7 },
  });
}

async function openEdit(page: Page, id: string) {
  await page.goto(`/identities/${id}`);
  await openWithButton(page, "Edit identity");
}

test("changed fields are saved, the rest and the metadata stay, and the page shows them", async ({
  page,
}) => {
  const surname = `Johnson${run}`;
  const id = await newIdentity(surname);
  await openEdit(page, id);
  await expect(field(page, "First name")).toHaveValue("Katherine");
  await expect(field(page, "Organization name")).toHaveCount(0);
  await expectNoAxeViolations(page, '[role="dialog"]');
  await fillFields(sheet(page), {
    Email: `katherine.${run}@nasa.example`,
    "Phone number": "+1 757 555 0100",
    City: "Hampton",
    "Date of birth": "1918-08-26",
  });
  // A double click saves once.
  await sheet(page).getByRole("button", { name: "Save changes" }).dblclick();
  await expect(page.getByText("Identity updated", { exact: true }).first()).toBeVisible();
  await expect(sheet(page)).toBeHidden();

  expect(await stored(id)).toMatchObject({
    first_name: "Katherine",
    last_name: surname,
    email_address: `katherine.${run}@nasa.example`,
    phone_number: "+1 757 555 0100",
    city: "Hampton",
    dob: expect.stringMatching(/^1918-08-26T00:00:00/),
    meta_data: { tier: "gold", score: 7 },
  });
  const main = page.getByRole("main");
  await expect(main.getByText("Hampton", { exact: true })).toBeVisible();
  await expect(main.getByText(`katherine.${run}@nasa.example`, { exact: true })).toBeVisible();
});

test("emptying a field, a bad email or a future date is refused at its field; typed text stays; nothing is sent", async ({
  page,
}) => {
  const id = await newIdentity(`Refused${run}`);
  const before = await stored(id);
  await openEdit(page, id);
  const save = () => sheet(page).getByRole("button", { name: "Save changes" }).click();
  await save();
  await expect(sheet(page).getByText("Nothing has changed yet.")).toBeVisible();

  await fillFields(sheet(page), {
    City: "",
    Email: "katherine@nowhere",
    "Date of birth": "2999-01-01",
    Street: "1 Langley Way",
  });
  await save();
  await expect(sheet(page).getByText(/Blnk cannot empty a field once it is set/)).toBeVisible();
  await expect(sheet(page).getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(sheet(page).getByText("A date of birth cannot be in the future.")).toBeVisible();
  await expect(field(page, "Email")).toHaveValue("katherine@nowhere");
  await expect(field(page, "Street")).toHaveValue("1 Langley Way");
  expect(await stored(id)).toEqual(before);

  // The same request sent by hand, past the browser's checks: the server refuses it too.
  const sent = await callAction(page.request, `${E2E.appUrl}/identities/${id}`, "editIdentityAction", [
    { identityId: id, city: "", previous: { city: "White Sulphur Springs" }, requestId: crypto.randomUUID() },
  ]);
  expect(sent.body).toContain("Blnk cannot empty a field once it is set");
  expect(await stored(id)).toEqual(before);
});

test.describe("with sign-in", () => {
  test.use({ baseURL: E2E.signInAppUrl });

  test("a Viewer sees no Edit identity and the action answers 403", async ({ page }) => {
    const id = await newIdentity(`Viewer${run}`);
    await signIn(page, "viewer", `/identities/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Katherine");
    await expect(page.getByRole("button", { name: "Edit identity" })).toHaveCount(0);
    const { status } = await callActionFromPage(page, "editIdentityAction", {
      identityId: id,
      city: "Nowhere",
      previous: { city: "White Sulphur Springs" },
      requestId: crypto.randomUUID(),
    });
    expect(status).toBe(403);
    expect((await stored(id)).city).toBe("White Sulphur Springs");
  });
});
