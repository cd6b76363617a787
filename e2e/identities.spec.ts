import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { balanceRows, pickLedger, pressAltBOnRecord, sheet, submitAndSeeRow } from "./support/create-balance";
import { E2E } from "./support/env";
import {
  countBalances,
  createBalance,
  createIdentity,
  createLedger,
  newestBalanceJson,
  uniqueCurrency,
  uniqueSurname,
} from "./support/ledger-api";

const identityRows = (page: Page) => page.getByRole("table", { name: "Identities" }).getByRole("row");

async function countIdentities(): Promise<number> {
  const response = await fetch(`${E2E.blnkUrl}/identities/filter`, {
    method: "POST",
    headers: { "content-type": "application/json", "X-Blnk-Key": E2E.apiKey },
    body: JSON.stringify({ include_count: true, limit: 1 }),
  });
  return Number(/"total_count":(\d+)/.exec(await response.text())?.[1] ?? 0);
}

/** The sheet shows the identity as the owner, locked: no Identity search and the owner switch can't be changed. */
async function expectOwnerLocked(page: Page, name: string) {
  await expect(sheet(page)).toBeVisible();
  await expect(sheet(page).getByText(name, { exact: true })).toBeVisible();
  await expect(sheet(page).getByRole("combobox", { name: "Identity" })).toHaveCount(0);
  const owner = sheet(page).getByRole("switch", { name: "Assign an owner to this balance" });
  await expect(owner).toBeChecked();
  await expect(owner).toBeDisabled();
}

test("New → New balance and ⌥B preset the identity as locked owner; new balances show under Connected balances", async ({
  page,
}) => {
  const surname = uniqueSurname("Quill");
  const name = `Ada ${surname}`;
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: "Ada",
    last_name: surname,
    email_address: `ada.${surname.toLowerCase()}@example.com`,
    country: "GB",
  });
  const ledgerName = `Owner Wallets ${Date.now()}`;
  await createLedger(ledgerName);

  await page.goto(`/identities/${identityId}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByText(identityId, { exact: true })).toBeVisible();
  await expect(main.getByText("United Kingdom (GB)")).toBeVisible();
  await expect(main.getByText("This identity has no balances yet.")).toBeVisible();

  // New → New balance
  const byMenu = uniqueCurrency("IDM");
  await openNewMenu(page);
  await page.getByRole("menuitem", { name: "New balance" }).click();
  await expectOwnerLocked(page, name);
  await pickLedger(page, ledgerName);
  await submitAndSeeRow(page, byMenu);
  await expect(page).toHaveURL(new RegExp(`/identities/${identityId}\\?balance=bln_`));
  expect(await newestBalanceJson(byMenu)).toContain(`"identity_id":"${identityId}"`);

  // ⌥B on the same page does the same.
  const byShortcut = uniqueCurrency("IDK");
  await pressAltBOnRecord(page, name);
  await expectOwnerLocked(page, name);
  await pickLedger(page, ledgerName);
  await submitAndSeeRow(page, byShortcut);
  await expect(balanceRows(page)).toHaveCount(3);
  expect(await newestBalanceJson(byShortcut)).toContain(`"identity_id":"${identityId}"`);

  // The new balance's summary is open, as after any create.
  const summary = page.getByRole("dialog", { name: "Balance summary" });
  await expect(summary).toBeVisible();
  await summary.getByRole("button", { name: "Close" }).click();
  await expect(summary).toBeHidden();

  // "View all balances" is the Balances table filtered to this owner.
  await page.getByRole("link", { name: "View all balances" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/balances?owner=${identityId}`);
  await expect(page.getByRole("link", { name: `Remove filter Owner: ${name}` })).toBeVisible();
  await expect(balanceRows(page)).toHaveCount(3);
});

test("an identity's metadata is shown read-only with big integers exact", async ({ page }) => {
  const surname = uniqueSurname("Meta");
  const identityId = await createIdentity({
    identity_type: "organization",
    organization_name: `${surname} Ltd`,
  });
  // Written as text so the integer goes over the wire as bare digits.
  const response = await fetch(`${E2E.blnkUrl}/identities/${identityId}`, {
    method: "PUT",
    headers: { "content-type": "application/json", "X-Blnk-Key": E2E.apiKey },
    body: '{"meta_data":{"limit":123456789012345678901234567890}}',
  });
  expect(response.ok).toBe(true);
  await page.goto(`/identities/${identityId}`);
  await expect(page.getByRole("heading", { level: 1, name: `${surname} Ltd` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Metadata" })).toContainText(
    '"limit": 123456789012345678901234567890',
  );
});

test("search finds an identity by part of its name, by 'First Last', and its row opens it", async ({
  page,
}) => {
  const surname = uniqueSurname("Lovelock");
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: "Grace",
    last_name: surname,
  });
  await page.goto("/identities");
  const search = page.getByRole("searchbox", { name: "Search identities" });

  await search.fill(surname.slice(3));
  await expect(page).toHaveURL(`/identities?q=${surname.slice(3)}`);
  await expect(identityRows(page)).toHaveCount(2);
  await expect(identityRows(page).nth(1)).toContainText(`Grace ${surname}`);

  await search.fill(`grace ${surname.toUpperCase()}`);
  await expect(page).toHaveURL(/q=grace\+/);
  await expect(identityRows(page).filter({ hasText: `Grace ${surname}` })).toHaveCount(1);
  await expect(search).toBeFocused();

  await search.fill("no-such-identity-anywhere");
  await expect(page.getByText("No identities match “no-such-identity-anywhere”.")).toBeVisible();
  await page.getByRole("link", { name: "Clear search" }).click();
  await expect(page).toHaveURL("/identities");

  await search.fill(surname);
  await expect(page).toHaveURL(`/identities?q=${surname}`);
  await identityRows(page).filter({ hasText: surname }).getByRole("link").click();
  await expect(page).toHaveURL(`/identities/${identityId}`);
  await expect(page.getByRole("heading", { level: 1, name: `Grace ${surname}` })).toBeVisible();
});

test("the list pages through every identity, 20 a page, with the page in the URL", async ({ page }) => {
  const total = await countIdentities();
  expect(total).toBeGreaterThanOrEqual(20);
  await page.goto("/identities");
  await expect(page.getByText(`${total} identities`, { exact: true })).toBeVisible();

  const seen = new Set<string>();
  const pages = page.getByRole("navigation", { name: "Identities pages" });
  for (let number = 1; ; number++) {
    await expect(pages.getByText(`Page ${number}`, { exact: true })).toBeVisible();
    const links = identityRows(page).getByRole("link");
    const hrefs = await links.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute("href")),
    );
    expect(hrefs.length).toBeLessThanOrEqual(20);
    for (const href of hrefs) seen.add(href ?? "");
    const next = pages.getByRole("link", { name: "Next" });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(`/identities?page=${number + 1}`);
  }
  await expect(pages.getByText("Next")).toHaveAttribute("aria-disabled", "true");
  expect(seen.size).toBe(total);
});

test("an unknown identity is a real 404", async ({ page }) => {
  const response = await page.goto("/identities/idt_00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Identity not found" })).toBeVisible();
});

test("/balances?owner= shows only that owner's balances under a removable Owner chip", async ({ page }) => {
  const surname = uniqueSurname("Chip");
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: "Ada",
    last_name: surname,
  });
  const ledgerId = await createLedger();
  const currency = uniqueCurrency("OWN");
  await createBalance({ ledgerId, currency, identityId });
  await createBalance({ ledgerId, currency, identityId });
  await createBalance({ ledgerId, currency });
  expect(await countBalances(currency)).toBe(3);

  await page.goto(`/balances?owner=${identityId}`);
  const chip = page
    .getByRole("list", { name: "Filters" })
    .getByRole("link", { name: `Remove filter Owner: Ada ${surname}` });
  await expect(chip).toBeVisible();
  await expect(chip).toContainText(`Owner: Ada ${surname}`);
  await expect(page.getByText("2 balances", { exact: true })).toBeVisible();
  await expect(balanceRows(page)).toHaveCount(3);
  for (const row of await balanceRows(page)
    .all()
    .then((rows) => rows.slice(1))) {
    await expect(row.getByRole("link", { name: `Ada ${surname}` })).toBeVisible();
  }

  // Enter on the focused chip removes the filter: every balance again.
  await chip.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/balances");
  await expect(page.getByRole("list", { name: "Filters" })).toHaveCount(0);
  await expect(balanceRows(page)).toHaveCount(21);
  await expect(balanceRows(page).filter({ hasText: currency })).toHaveCount(3);
});

test("axe finds no violations on Identities, an identity with its New menu open, and filtered Balances", async ({
  page,
}) => {
  const expectNoViolations = (include?: string) => expectNoAxeViolations(page, include);

  const surname = uniqueSurname("Axe");
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: "Ada",
    last_name: surname,
  });
  await createBalance({ ledgerId: await createLedger(), currency: uniqueCurrency("AXE"), identityId });

  await page.goto("/identities");
  await expect(identityRows(page).nth(1)).toBeVisible();
  await expectNoViolations();

  await page.goto(`/identities/${identityId}`);
  await expect(balanceRows(page)).toHaveCount(2);
  await expectNoViolations();
  // An open menu hides the page from assistive tech (it is modal), so only the menu itself is checked.
  await openNewMenu(page);
  await expectNoViolations('[role="menu"]');

  await page.goto(`/balances?owner=${identityId}`);
  await expect(page.getByRole("list", { name: "Filters" })).toBeVisible();
  await expectNoViolations();
});

/** Opens the identity's "New" menu. A click before the page has hydrated does nothing: click until it opens. */
async function openNewMenu(page: Page) {
  await expect(async () => {
    if ((await page.getByRole("menu").count()) === 0) {
      await page.getByRole("button", { name: "New", exact: true }).click();
    }
    await expect(page.getByRole("menuitem", { name: "New balance" })).toBeVisible({ timeout: 1_000 });
  }).toPass();
}
