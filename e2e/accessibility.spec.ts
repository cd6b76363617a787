import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { balanceIdAt } from "./support/ledger-api";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test(`axe finds no violations on Balances with the summary open, details and transactions (${colorScheme})`, async ({
      page,
    }) => {
      const id = await balanceIdAt(0);
      await page.goto(`/balances?balance=${id}`);
      await expect(
        page.getByRole("dialog", { name: "Balance summary" }).getByText(id, { exact: true }),
      ).toBeVisible();
      await expectNoViolations(page);

      await page.goto(`/balances/${id}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page);

      await page.goto(`/balances/${id}/transactions`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
