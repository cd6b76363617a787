import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createBalance, createLedger } from "./support/ledger-api";
import { DAY, dayText, ledgerAt, move, today, usd } from "./support/statement";

// "Statement" (product.md §13) on a balance with 30 movements in the period, backdated with effective dates:
// opening + credits − debits = closing, equal to the ledger's own `GET /balances/:id/at`; the chart ends at
// the closing; the presets and every period that cannot be shown.

const BIG = 10n ** 38n + 99n; // a 39-digit amount, far past 2^64
const FROM = dayText(20);
const TO = dayText(1);

let balanceId = "";
let credits = 0n;
let debits = 0n;

test.beforeAll(async () => {
  const ledgerId = await createLedger();
  balanceId = await createBalance({ ledgerId, currency: "USD" });
  const other = await createBalance({ ledgerId, currency: "USD" });
  // Before the period (the opening), then 30 movements within it, then one after it (not in the statement).
  await move(other, balanceId, BIG, new Date(today.getTime() - 25 * DAY));
  for (let n = 0; n < 30; n += 1) {
    const at = new Date(today.getTime() - (20 - Math.floor(n / 2)) * DAY + (n % 2) * 3_600_000 + 60_000);
    const amount = BigInt(n + 1) * 1_000n + (n === 7 ? BIG : 0n);
    if (n % 3 === 2) {
      debits += amount;
      await move(balanceId, other, amount, at);
    } else {
      credits += amount;
      await move(other, balanceId, amount, at);
    }
  }
  // Today, after the period: not in it.
  await move(other, balanceId, 5n, new Date(today.getTime() + 60_000));
});

/** The page's alert; Next's route announcer is one too (it reads out each new page's title). */
const problem = (page: Page) => page.getByRole("alert").and(page.locator(":not(#__next-route-announcer__)"));

const figure = (page: Page, name: string) =>
  page
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${name}$`) })
    .locator("xpath=following-sibling::dd[1]");

test("opening + credits − debits = closing, equal to the ledger's /at at the end; the chart ends at the closing", async ({
  page,
}) => {
  const opening = await ledgerAt(balanceId, `${dayText(21)}T23:59:59.999999Z`);
  const closing = await ledgerAt(balanceId, `${TO}T23:59:59.999999Z`);
  expect(opening).toBe(BIG);
  expect(opening + credits - debits).toBe(closing);

  await page.goto(`/balances/${balanceId}/statement?from=${FROM}&to=${TO}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statement");
  await expect(figure(page, "Opening balance")).toHaveText(usd(opening));
  await expect(figure(page, "Credits")).toHaveText(usd(credits));
  await expect(figure(page, "Debits")).toHaveText(usd(debits));
  await expect(figure(page, "Closing balance")).toHaveText(usd(closing));
  const check = page.getByTestId("statement-check");
  await expect(check).toHaveAttribute("data-check", "match");
  await expect(check).toContainText(`${usd(opening)} + ${usd(credits)} − ${usd(debits)} = ${usd(closing)}`);

  const movements = page.getByRole("table", { name: "Movements" });
  await expect(movements.getByRole("row")).toHaveCount(31);
  await expect(movements.getByRole("row").last().getByRole("cell").last()).toHaveText(usd(closing));
  await expect(movements.getByRole("row").nth(1).getByRole("cell").last()).toHaveText(usd(opening + 1_000n));

  // The chart draws, and its data's last point is the closing balance.
  await expect(page.getByTestId("balance-chart")).toHaveAttribute("data-drawn", "true");
  await page.getByText("Chart data").click();
  const data = page.getByRole("table", { name: /Running balance.*: data/ });
  await expect(data.getByRole("row").last().getByRole("cell").nth(1)).toHaveText(usd(closing));
  await expect(page.getByRole("figure")).toContainText(`ending at ${usd(closing)}`);
  await expectNoAxeViolations(page);
});

test("the balance page links to its statement; the presets put the period in the URL", async ({ page }) => {
  await page.goto(`/balances/${balanceId}`);
  await page.getByRole("link", { name: "Statement" }).click();
  await expect(page).toHaveURL(new RegExp(`/balances/${balanceId}/statement$`));
  await expect(page.getByLabel("From", { exact: true })).toHaveValue(dayText(29));
  await expect(page.getByLabel("To", { exact: true })).toHaveValue(dayText(0));
  await expect(async () => {
    await page.getByRole("button", { name: "Last 7 days" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${dayText(6)}&to=${dayText(0)}`), { timeout: 2_000 });
  }).toPass();
  await expect(page.getByRole("table", { name: "Movements" }).getByRole("row")).toHaveCount(1 + 3);
});

test("a period that cannot be shown says why, keeps what was typed, and asks Blnk nothing", async ({
  page,
}) => {
  await page.goto(`/balances/${balanceId}/statement?from=${FROM}&to=${TO}`);
  await expect(page.getByTestId("statement-check")).toBeVisible();
  const url = page.url();
  await page.getByLabel("From", { exact: true }).fill(TO);
  await page.getByLabel("To", { exact: true }).fill(FROM);
  await expect(async () => {
    await page.getByRole("button", { name: "Show statement" }).click();
    await expect(problem(page)).toContainText(`starts (${TO}) after it ends (${FROM})`, { timeout: 1_000 });
  }).toPass();
  await expect(page.getByLabel("From", { exact: true })).toHaveValue(TO);
  await expect(page.getByLabel("To", { exact: true })).toHaveValue(FROM);
  expect(page.url()).toBe(url);

  const cases: [string, RegExp][] = [
    [`from=${TO}&to=${FROM}`, /after it ends/],
    ["from=1920-01-01&to=2020-01-01", /at most 366 days; this period is 36,526 days/],
    ["from=2026-13-01&to=2026-12-01", /The start "2026-13-01" is not a date/],
    ["from=soon&to=later", /The start "soon" is not a date/],
    [`from=${FROM}&to=${"9".repeat(3000)}`, /The end "9{24}…" is not a date/],
  ];
  for (const [query, message] of cases) {
    const response = await page.goto(`/balances/${balanceId}/statement?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(problem(page), query).toContainText(message);
    await expect(page.getByTestId("statement-check")).toHaveCount(0);
  }
});

test("the summary panel shows its text first, then Balance activity: the last 7 days, ending at the balance", async ({
  page,
}) => {
  // When the panel's text and the chart each first appear, as the browser paints them.
  await page.addInitScript(() => {
    const seen: Record<string, number> = {};
    Object.assign(window, { __seen: seen });
    new MutationObserver(() => {
      const dialog = document.querySelector('[role="dialog"]');
      if (!dialog) return;
      if (!seen.text && dialog.textContent?.includes("Inflight balance")) seen.text = performance.now();
      if (!seen.chart && dialog.querySelector("figure")) seen.chart = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const current = await ledgerAt(balanceId, new Date(Date.now() + 1_000).toISOString());
  await page.goto(`/balances?balance=${balanceId}`);
  const panel = page.getByRole("dialog", { name: "Balance summary" });
  const activity = panel.getByRole("region", { name: "Balance activity" });
  await expect(activity.getByRole("figure")).toContainText(`ending at ${usd(current)}`);
  await expect(activity.getByTestId("balance-chart")).toHaveAttribute("data-drawn", "true");
  await activity.getByText("Chart data").click();
  const rows = activity.getByRole("table", { name: /Last 7 days.*: data/ }).getByRole("row");
  await expect(rows.last().getByRole("cell").nth(1)).toHaveText(usd(current));
  // Three movements in the last 7 days (two in the period above, one today), each a point, plus both ends.
  await expect(rows).toHaveCount(1 + 5);
  const seen = await page.evaluate(() => (window as unknown as { __seen: Record<string, number> }).__seen);
  expect(seen.text).toBeDefined();
  expect(seen.chart).toBeGreaterThan(seen.text ?? Number.POSITIVE_INFINITY);
  await expect(panel.getByRole("link", { name: "Statement" })).toHaveAttribute(
    "href",
    `/balances/${balanceId}/statement`,
  );
});
