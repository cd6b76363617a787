import { expect, test } from "@playwright/test";
import { balanceAmounts, childrenOf, placeHold } from "./support/holds";
import { createBalance, createLedger, settleHold, uniqueCurrency } from "./support/ledger-api";

// The holds desk (/transactions/holds, product.md §10): every open hold oldest first, filtered by ledger and
// currency, and several committed in one go with a result per hold. A currency of its own keeps this test's
// holds apart from the other specs' (they share the ledger).

test("25 holds committed in one go: one voided meanwhile is refused with Blnk's reason, the other 24 done", async ({
  page,
}) => {
  const currency = uniqueCurrency("HLD");
  const ledgerId = await createLedger();
  const source = await createBalance({ ledgerId, currency });
  const destination = await createBalance({ ledgerId, currency });
  const holds: string[] = [];
  for (let n = 1; n <= 25; n++) {
    holds.push(await placeHold({ source, destination, amount: BigInt(100 + n), currency }));
  }
  // The same currency in another ledger: the ledger filter leaves it out.
  const elsewhere = await createLedger();
  const other = await placeHold({
    source: await createBalance({ ledgerId: elsewhere, currency }),
    destination: await createBalance({ ledgerId: elsewhere, currency }),
    amount: 999n,
    currency,
  });
  const settled = await placeHold({ source, destination, amount: 50n, currency });
  await settleHold(settled, "commit");

  await page.goto("/transactions");
  await page.getByRole("link", { name: "Holds", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Holds" })).toBeVisible();
  await page.getByLabel("Ledger").selectOption(ledgerId);
  await page.getByLabel("Currency").fill(currency);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`ledger=${ledgerId}&currency=${currency}`));

  const table = page.getByRole("table", { name: "Holds" });
  const rows = table.getByRole("row");
  // 25 open holds and the header; not the other ledger's, not the one committed in full.
  await expect(rows).toHaveCount(26);
  await expect(table).not.toContainText(other);
  await expect(table).not.toContainText(settled);
  await expect(rows.nth(1)).toContainText("101 minor units");
  await expect(rows.nth(25)).toContainText("125 minor units");
  await expect(page.getByText("25 open holds", { exact: true })).toBeVisible();

  await page.waitForLoadState("load");
  await page.getByRole("checkbox", { name: "Select all holds" }).check();
  await expect(page.getByText("25 selected")).toBeVisible();
  // Voided behind the desk's back, after the page was read.
  const voided = holds[9] ?? "";
  await settleHold(voided, "void");

  await page.getByRole("button", { name: "Commit", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Commit holds" });
  await expect(dialog).toContainText("25 holds");
  await dialog.getByRole("button", { name: "Confirm commit" }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "done" })).toHaveText(
    "24 done, 1 refused.",
  );
  const results = table.getByRole("cell").filter({ hasText: /^(Done|Refused)/ });
  await expect(results).toHaveCount(25);
  const refusedRow = rows.filter({ hasText: "Refused" });
  await expect(refusedRow).toHaveCount(1);
  await expect(refusedRow).toContainText("110 minor units");
  await expect(refusedRow).toContainText(/Refused: .*voided/i);
  await expect(rows.filter({ hasText: "Done" })).toHaveCount(24);

  // Read back from the ledger: each of the 24 has one commit of all it held; the voided one has only its void.
  for (const [index, hold] of holds.entries()) {
    const children = await childrenOf(hold);
    if (hold === voided) expect(children.map((child) => child.status)).toEqual(["VOID"]);
    else
      expect(children.map((child) => [child.status, child.amount])).toEqual([
        ["APPLIED", BigInt(101 + index)],
      ]);
  }
  // 101 + … + 125 less the voided 110, and the fully committed 50.
  expect(await balanceAmounts(destination)).toEqual({ balance: 2_825n - 110n + 50n, inflight: 0n });

  // Refresh reads the desk again: nothing of these is open any more.
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByText("No open holds", { exact: false })).toBeVisible();
});
