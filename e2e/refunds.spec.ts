import { expect, test } from "@playwright/test";
import { balanceAmounts, childrenOf, transactionJson } from "./support/holds";
import { createBalance, createLedger, transfer } from "./support/ledger-api";

// "Refund transaction" (R) on an applied transaction (product.md §10): a required reason, kept on the refund;
// the refund names the original as its parent and shows in the original's lifecycle.

test("a refund with a reason links back: Parent transaction on the refund, Refund in the original's lifecycle", async ({
  page,
}) => {
  const ledgerId = await createLedger();
  const source = await createBalance({ ledgerId, currency: "USD" });
  const destination = await createBalance({ ledgerId, currency: "USD" });
  const original = await transfer({
    source,
    destination,
    amount: 4_200n,
    currency: "USD",
    allowOverdraft: true,
  });
  await page.goto(`/transactions/${original}`);
  await page.waitForLoadState("load");

  const dialog = page.getByRole("dialog", { name: "Refund transaction" });
  // R does nothing until the page has hydrated, which may come a moment after the load event.
  await expect(async () => {
    await page.keyboard.press("r");
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(dialog).toContainText("42.00 USD");
  // The reason is required: nothing is sent without it.
  await dialog.getByRole("button", { name: "Confirm refund" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Enter the reason for the refund.");
  expect(await childrenOf(original)).toHaveLength(0);

  const reason = "Customer returned the order (ticket 8812)";
  await dialog.getByLabel("Reason").fill(reason);
  await dialog.getByRole("button", { name: "Confirm refund" }).click();
  await expect(dialog).toBeHidden();
  const view = page.getByRole("link", { name: "View refund" }).first();
  await expect(view).toBeVisible();

  // Refunded once: the original offers no second refund, and its lifecycle lists the refund.
  await expect(page.getByRole("button", { name: "Refund transaction" })).toHaveCount(0);
  const lifecycle = page.getByRole("table", { name: "Lifecycle" });
  await expect(lifecycle.getByRole("row", { name: /Refund/ })).toContainText("42.00 USD");

  const [refund] = await childrenOf(original);
  expect(refund?.reference).toBe(`${original}_refund`);
  await view.click();
  await expect(page).toHaveURL(new RegExp(`/transactions/${refund?.id}$`));
  const details = page.getByRole("region", { name: "Details", exact: true });
  await expect(details.getByRole("link", { name: original })).toBeVisible();
  await expect(details).toContainText(reason);
  // A refund is not refunded in turn (Core would put the payment through again).
  await expect(page.getByRole("button", { name: "Refund transaction" })).toHaveCount(0);

  // The reason is in the refund's metadata (and its description), with who made it.
  const stored = JSON.parse(await transactionJson(refund?.id ?? "")) as {
    description: string;
    meta_data: Record<string, string>;
  };
  expect(stored.meta_data.refund_reason).toBe(reason);
  expect(stored.meta_data.created_via).toBe("ledger-desk");
  expect(stored.description).toBe(reason);
  // The money went back.
  expect(await balanceAmounts(destination)).toEqual({ balance: 0n, inflight: 0n });
});
