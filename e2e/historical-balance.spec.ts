import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createBalance, createLedger, ledgerCall, transfer } from "./support/ledger-api";

// "View historical balance" (product.md §12): a balance funded twice, two seconds apart; the page at a moment
// between the two transfers shows what the ledger's `GET /balances/:id/at` gives for it, also from a shared
// link in another browser context; then back to the current balance, and the moments that cannot be shown.

const BIG = 123456789012345678901234567890n; // beyond 2^64
const LATER = 5_000n;
const ZONE = "America/New_York";
test.use({ timezoneId: ZONE });

/** Minor units of USD as the dashboard prints them: "1,234.50 USD". */
function usd(minor: bigint): string {
  const sign = minor < 0n ? "-" : "";
  const abs = minor < 0n ? -minor : minor;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${whole}.${(abs % 100n).toString().padStart(2, "0")} USD`;
}

/** The moment as a `datetime-local` value in `zone`, to the second. */
function localValue(at: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat("sv-SE", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(at);
  return parts.replace(" ", "T");
}

const utc = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }).format(at);

let balanceId = "";
let between = new Date(0);

test.beforeAll(async () => {
  const ledgerId = await createLedger();
  balanceId = await createBalance({ ledgerId, currency: "USD" });
  const source = await createBalance({ ledgerId, currency: "USD" });
  await transfer({ source, destination: balanceId, amount: BIG, currency: "USD", allowOverdraft: true });
  const firstDone = Date.now();
  // The next whole second after the first transfer, and the second transfer well after it.
  between = new Date(Math.ceil((firstDone + 1) / 1000) * 1000);
  await new Promise((resolve) => setTimeout(resolve, between.getTime() - Date.now() + 1_500));
  await transfer({ source, destination: balanceId, amount: LATER, currency: "USD", allowOverdraft: true });
});

/** What the ledger says the balance was at `at`. */
async function ledgerAt(at: Date) {
  const { text } = await ledgerCall("GET", `/balances/${balanceId}/at?timestamp=${at.toISOString()}`);
  const amount = (name: string) => BigInt(new RegExp(`"${name}":(-?\\d+)`).exec(text)?.[1] ?? "NaN");
  return [amount("balance"), amount("credit_balance"), amount("debit_balance")];
}

const summaryValues = (page: Page) =>
  page.getByRole("region", { name: "Summary", exact: true }).getByRole("definition");

async function openActions(page: Page, item: string) {
  // Before hydration a click does nothing: ask until the menu is there.
  await expect(async () => {
    await page.getByRole("button", { name: "Actions", exact: true }).click();
    await expect(page.getByRole("menuitem", { name: item })).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.getByRole("menuitem", { name: item }).click();
}

async function expectShownAt(page: Page, expected: bigint[]) {
  await expect(page.getByRole("status", { name: "Historical balance" })).toContainText("As of");
  await expect(summaryValues(page)).toHaveText(expected.map(usd));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(usd(expected[0] ?? 0n));
}

test("between two transfers the page shows the ledger's /at amounts; the ?at= link shows the same elsewhere", async ({
  page,
  browser,
}) => {
  const expected = await ledgerAt(between);
  expect(expected).toEqual([BIG, BIG, 0n]);

  await page.goto(`/balances/${balanceId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(usd(BIG + LATER));
  await openActions(page, "View historical balance");
  const dialog = page.getByRole("dialog", { name: "View historical balance?" });
  await dialog.getByLabel("Date and time").fill(localValue(between, ZONE));
  // The UTC equivalent of the local time typed.
  await expect(dialog.getByText("In UTC:")).toContainText(
    new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }).format(
      between,
    ),
  );
  await dialog.getByRole("button", { name: "View balance" }).click();

  await expect(page).toHaveURL(
    new RegExp(`\\?at=${encodeURIComponent(between.toISOString().replace(".000Z", "Z"))}$`),
  );
  await expectShownAt(page, expected);
  // Local time (New York) with its UTC equivalent.
  await expect(page.getByRole("status", { name: "Historical balance" })).toContainText(
    `(${utc(between)} UTC)`,
  );

  await expectSharedLink(browser, page.url(), expected);

  await openActions(page, "View current balance");
  await expect(page).toHaveURL(new RegExp(`/balances/${balanceId}$`));
  await expect(summaryValues(page)).toHaveCount(6);
  await expect(summaryValues(page).first()).toHaveText(usd(BIG + LATER));
});

async function expectSharedLink(browser: Browser, url: string, expected: bigint[]) {
  const other = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  try {
    const page = await other.newPage();
    await page.goto(url);
    await expectShownAt(page, expected);
  } finally {
    await other.close();
  }
}

test("a future moment is refused in the dialog, keeping what was typed; the page explains links it cannot show", async ({
  page,
}) => {
  await page.goto(`/balances/${balanceId}`);
  await openActions(page, "View historical balance");
  const dialog = page.getByRole("dialog", { name: "View historical balance?" });
  const future = localValue(new Date(Date.now() + 86_400_000), ZONE);
  await dialog.getByLabel("Date and time").fill(future);
  await dialog.getByRole("button", { name: "View balance" }).click();
  await expect(dialog.getByRole("alert")).toContainText("is in the future");
  await expect(dialog.getByLabel("Date and time")).toHaveValue(future);
  await expect(page).toHaveURL(new RegExp(`/balances/${balanceId}$`));

  const notShown = page.getByRole("status", { name: "Historical balance not shown" });
  for (const [at, message] of [
    ["2020-01-01T00:00:00Z", "The balance did not exist yet at 1 Jan 2020, 00:00:00 UTC"],
    ["2999-01-01T00:00:00Z", "is in the future"],
    ["last-tuesday", '"last-tuesday" in this link is not a date and time'],
  ] as const) {
    await page.goto(`/balances/${balanceId}?at=${encodeURIComponent(at)}`);
    await expect(notShown).toContainText(message);
    await expect(notShown).toContainText("Showing the current balance.");
    await expect(summaryValues(page).first()).toHaveText(usd(BIG + LATER));
  }
});

test("axe finds no violations on a historical balance, its dialog, and Assign identity", async ({ page }) => {
  const expectNoViolations = (include?: string) => expectNoAxeViolations(page, include);

  await page.goto(`/balances/${balanceId}?at=${encodeURIComponent(between.toISOString())}`);
  await expect(page.getByRole("status", { name: "Historical balance" })).toBeVisible();
  await expectNoViolations();
  for (const [item, dialog] of [
    ["View historical balance", "View historical balance?"],
    ["Assign identity", "Assign identity"],
  ] as const) {
    await openActions(page, item);
    await expect(page.getByRole("dialog", { name: dialog })).toBeVisible();
    await expectNoViolations('[role="dialog"]');
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
  }
});
