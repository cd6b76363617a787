import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import {
  balanceRows,
  ledgerBox,
  pickLedger,
  pressAltBUntilOpen,
  sheet,
  submitCurrency,
} from "./support/create-balance";
import {
  countBalances,
  createIdentity,
  createLedger,
  newestBalanceJson,
  uniqueCurrency,
} from "./support/ledger-api";

async function openWithAltB(page: Page) {
  await page.goto("/balances");
  await expect(page.getByRole("heading", { level: 1, name: "Balances" })).toBeVisible();
  // The heading is server-rendered: until the page has hydrated, a key press has no listener. Pressing again
  // while the sheet is open keeps it open.
  await expect(async () => {
    await page.keyboard.press("Alt+B");
    await expect(sheet(page)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

/** A new ledger named `label` and the time, picked in the sheet ⌥B opens; answers the ledger's name. */
async function openOnNewLedger(page: Page, label: string): Promise<string> {
  const name = `${label} ${Date.now()}`;
  await createLedger(name);
  await openWithAltB(page);
  await pickLedger(page, name);
  return name;
}

test("Alt+B, pick a ledger by part of its name, enter usd: the USD balance appears with its summary open", async ({
  page,
}) => {
  const name = `Zephyr Wallets ${Date.now()}`;
  await createLedger(name);
  await openWithAltB(page);
  await expect(ledgerBox(page)).toBeFocused();
  await pickLedger(page, name.slice(0, 16), name);
  await sheet(page).getByLabel("Currency").fill("usd");
  await expect(sheet(page).getByText(/1 USD = 100 minor units/)).toBeVisible();
  await sheet(page).getByRole("button", { name: "Create balance" }).click();

  await expect(sheet(page)).toBeHidden();
  await expect(page).toHaveURL(/balance=bln_/);
  const id = new URL(page.url()).searchParams.get("balance") ?? "";
  const summary = page.getByRole("dialog", { name: "Balance summary" });
  await expect(summary.getByText(id, { exact: true })).toBeVisible();
  await expect(summary.getByRole("link", { name })).toBeVisible();
  // The toast offers the new ID with a copy button.
  await expect(page.getByRole("button", { name: `Copy ${id}` })).toBeVisible();
  await expect(balanceRows(page).nth(1)).toContainText("USD");
});

test("a pasted ledger ID works; an unknown one is an error at Ledger and creates nothing", async ({
  page,
}) => {
  const ledgerId = await createLedger("Pasted Ledger");
  const currency = uniqueCurrency("PST");
  await openWithAltB(page);
  await ledgerBox(page).fill("ldg_00000000-0000-4000-8000-000000000000");
  await expect(sheet(page).getByText("No ledger has this ID.")).toBeVisible();
  await submitCurrency(page, currency);
  await expect(sheet(page)).toBeVisible();
  expect(await countBalances(currency)).toBe(0);

  await ledgerBox(page).fill(ledgerId);
  await expect(ledgerBox(page)).toHaveValue("Pasted Ledger");
  await expect(sheet(page).getByText("No ledger has this ID.")).toBeHidden();
  await sheet(page).getByRole("button", { name: "Create balance" }).click();
  await expect(sheet(page)).toBeHidden();
  expect(await countBalances(currency)).toBe(1);
});

test("lineage turns on a locked owner, needs an identity, and LIFO with that owner is what gets created", async ({
  page,
}) => {
  const surname = `Lovelace${Date.now()}`;
  await createIdentity({ identity_type: "individual", first_name: "Ada", last_name: surname });
  const currency = uniqueCurrency("LIN");
  await openOnNewLedger(page, "Lineage Ledger");
  await sheet(page).getByLabel("Currency").fill(currency);
  await sheet(page).getByRole("button", { name: "Advanced options" }).click();
  await sheet(page).getByRole("switch", { name: "Enable lineage tracking" }).click();
  const owner = sheet(page).getByRole("switch", { name: "Assign an owner to this balance" });
  await expect(owner).toBeChecked();
  await expect(owner).toBeDisabled();

  await sheet(page).getByRole("button", { name: "Create balance" }).click();
  await expect(sheet(page).getByText("Choose an identity: lineage tracking needs an owner.")).toBeVisible();
  expect(await countBalances(currency)).toBe(0);

  await sheet(page).getByRole("combobox", { name: "Identity" }).fill(surname);
  await page.getByRole("option", { name: new RegExp(`Ada ${surname}`) }).click();
  await sheet(page).getByLabel("Allocation").selectOption("LIFO");
  await sheet(page).getByRole("button", { name: "Create balance" }).click();
  await expect(sheet(page)).toBeHidden();

  const id = /"balance_id":"([^"]+)"/.exec(await newestBalanceJson(currency))?.[1];
  await page.goto(`/balances/${id}`);
  const details = page.getByRole("main");
  await expect(details.getByText("LIFO", { exact: true })).toBeVisible();
  await expect(details.getByRole("link", { name: `Ada ${surname}` })).toBeVisible();
  await expect(details.getByText(/^On$/)).toBeVisible();
});

test("a double click and a retried submission each create exactly one balance", async ({ page }) => {
  const doubled = uniqueCurrency("DBL");
  const name = await openOnNewLedger(page, "Once Ledger");
  await sheet(page).getByLabel("Currency").fill(doubled);
  await sheet(page).getByRole("button", { name: "Create balance" }).dblclick();
  await expect(sheet(page)).toBeHidden();
  expect(await countBalances(doubled)).toBe(1);

  // The first submission reaches the server and creates the balance, but its answer is lost on the way back.
  const retried = uniqueCurrency("RTY");
  let dropped = false;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (!dropped && request.method() === "POST" && (request.postData() ?? "").includes(retried)) {
      dropped = true;
      await route.fetch();
      await route.abort("connectionreset");
      return;
    }
    await route.continue();
  });
  await pressAltBUntilOpen(page);
  await pickLedger(page, name);
  await submitCurrency(page, retried);
  await expect(sheet(page).getByRole("alert")).toContainText("try again");
  await expect(sheet(page).getByLabel("Currency")).toHaveValue(retried);
  await sheet(page).getByRole("button", { name: "Create balance" }).click();
  await expect(sheet(page)).toBeHidden();
  expect(dropped).toBe(true);
  expect(await countBalances(retried)).toBe(1);
});

test("invalid metadata and an empty currency show field errors, keep what was typed, create nothing", async ({
  page,
}) => {
  const name = await openOnNewLedger(page, "Meta Ledger");
  await sheet(page).getByRole("button", { name: "Advanced options" }).click();
  await sheet(page).getByRole("button", { name: "Add metadata" }).click();
  await sheet(page).getByLabel("Metadata key 1").fill("2 bad key");
  await sheet(page).getByLabel("Metadata value 1").fill("kept value");
  await sheet(page).getByRole("button", { name: "Create balance" }).click();

  await expect(sheet(page).getByText("Enter a currency, such as USD.")).toBeVisible();
  await expect(sheet(page).getByText("Start with a letter; use only letters, digits and _.")).toBeVisible();
  await expect(sheet(page).getByLabel("Currency")).toHaveAttribute("aria-invalid", "true");
  await expect(sheet(page).getByLabel("Metadata value 1")).toHaveValue("kept value");
  await expect(ledgerBox(page)).toHaveValue(name);

  const results = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // Esc with entries asks first; "Keep editing" keeps them.
  await page.keyboard.press("Escape");
  const confirm = page.getByRole("dialog", { name: "Discard this balance?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Keep editing" }).click();
  await expect(sheet(page).getByLabel("Metadata value 1")).toHaveValue("kept value");
  await page.keyboard.press("Escape");
  await confirm.getByRole("button", { name: "Discard" }).click();
  await expect(sheet(page)).toBeHidden();
});

test("focus moves into the sheet on open and back to the button on close; an untouched form closes at once", async ({
  page,
}) => {
  await page.goto("/balances");
  const button = page.getByRole("main").getByRole("button", { name: "Create balance" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(ledgerBox(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(sheet(page)).toBeHidden();
  await expect(button).toBeFocused();
});
