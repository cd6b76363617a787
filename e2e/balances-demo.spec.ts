import { expect, test } from "@playwright/test";
import { E2E } from "./support/env";

// The main dashboard talks to a fresh embedded ledger with demo data, over HTTP with the API key.
test("Balances lists the embedded ledger's demo balances, exact and with their owners", async ({ page }) => {
  await page.goto("/balances");
  const main = page.getByRole("main");
  await expect(main.getByRole("columnheader")).toHaveText([
    "Currency",
    "Balance",
    "Inflight balance",
    "Owner",
    "Created at",
  ]);
  await expect(main.getByRole("row")).toHaveCount(21);
  await expect(main.getByText(/^\d+ balances$/)).toBeVisible();
  // Internal balances of the General Ledger show their indicator with a marker. Other specs create balances
  // before this one runs, so @World may be on a later page: the "Internal balances" quick view lists it.
  await main.getByRole("link", { name: "Internal balances", exact: true }).click();
  await expect(main.getByRole("row").filter({ hasText: "@World" }).first()).toContainText("Internal");

  // Further pages hold customer balances owned by demo identities, linked to them.
  await page.goto("/balances?page=3");
  const table = main.getByRole("table", { name: "Balances" });
  await expect(table.getByRole("link", { name: /\w+ \w+/ }).first()).toHaveAttribute(
    "href",
    /^\/identities\/idt_/,
  );
});

test("the demo ETH treasury balance beyond 2^64 wei is shown exactly", async ({ page, request }) => {
  // Ask the ledger itself for the biggest demo ETH balance, reading the raw digits of the JSON text.
  const response = await request.post(`${E2E.blnkUrl}/balances/filter`, {
    headers: { "X-Blnk-Key": E2E.apiKey },
    data: {
      filters: [
        { field: "currency", operator: "eq", value: "ETH" },
        { field: "meta_data.seeded", operator: "eq", value: "demo" },
      ],
      sort_by: "balance",
      sort_order: "desc",
      limit: 1,
    },
  });
  const text = await response.text();
  const raw = /"balance":(\d+)/.exec(text)?.[1] ?? "";
  const owner = /"identity_id":"([^"]+)"/.exec(text)?.[1] ?? "";
  expect(BigInt(raw)).toBeGreaterThan(2n ** 64n);
  const whole = raw.slice(0, -18).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const expected = `${whole}.${raw.slice(-18)} ETH`;

  // Other tests add balances, so look among its owner's balances rather than on the first pages.
  await page.goto(`/balances?owner=${owner}`);
  await expect(page.getByRole("main").getByText(expected, { exact: true })).toBeVisible();
});
