import { expect, type Page, test } from "@playwright/test";
import { callAction } from "./support/actions";
import { E2E } from "./support/env";
import { balanceAmounts, childrenOf, placeHold } from "./support/holds";
import { createBalance, createLedger, settleHold, transfer, uniqueCurrency } from "./support/ledger-api";
import { signIn } from "./support/sign-in";

// Acting on inflight holds (product.md §10): "Commit transaction" (C) with "Amount to commit", "Void
// transaction" (V), "Inflight history", and exactly-once. Every test makes its own balances and holds.

let ledgerId = "";

test.beforeAll(async () => {
  ledgerId = await createLedger();
});

const pair = async (currency = "USD") => ({
  source: await createBalance({ ledgerId, currency }),
  destination: await createBalance({ ledgerId, currency }),
});

/** A USD hold of `amount` between two new balances. */
async function newHold(amount: bigint) {
  const { source, destination } = await pair();
  return { source, destination, hold: await placeHold({ source, destination, amount, currency: "USD" }) };
}

async function openHold(page: Page, id: string) {
  await page.goto(`/transactions/${id}`);
  // Keyboard shortcuts need the page hydrated.
  await page.waitForLoadState("load");
  return page.getByRole("region", { name: "Inflight history" });
}

test("a hold committed 40% then the rest: inflight 0 and the destination +100% in the ledger; no void after", async ({
  page,
}) => {
  const { source, destination, hold } = await newHold(10_000n);
  const history = await openHold(page, hold);
  await expect(history).toContainText("Not committed or voided yet");

  await page.getByRole("button", { name: "Commit transaction" }).click();
  const dialog = page.getByRole("dialog", { name: "Commit transaction" });
  await expect(dialog).toContainText("Left on hold100.00 USD");
  await dialog.getByLabel("Amount to commit").fill("40");
  await expect(dialog.getByRole("status")).toHaveText("Commits 40.00 USD; 60.00 USD stays held.");
  await dialog.getByRole("button", { name: "Confirm commit" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("link", { name: "View commit" }).first()).toBeVisible();
  const rows = history.getByRole("table", { name: "Inflight history" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(history).toContainText("Left on hold60.00 USD");

  // C opens it again; empty commits all that is left, as Core works it out.
  await page.keyboard.press("c");
  await expect(dialog).toContainText("Left on hold60.00 USD");
  await expect(dialog.getByRole("status")).toHaveText("Commits all that is left, 60.00 USD; the hold ends.");
  await dialog.getByRole("button", { name: "Confirm commit" }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(3);
  await expect(history).toContainText("Committed in full");
  await expect(history).toContainText("Left on hold0.00 USD");

  // Nothing is left to commit or void: neither is offered, and V does nothing.
  await expect(page.getByRole("button", { name: "Commit transaction" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Void transaction" })).toHaveCount(0);
  await page.keyboard.press("v");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  expect((await childrenOf(hold)).map((child) => [child.status, child.amount])).toEqual([
    ["APPLIED", 4_000n],
    ["APPLIED", 6_000n],
  ]);
  expect(await balanceAmounts(destination)).toEqual({ balance: 10_000n, inflight: 0n });
  expect(await balanceAmounts(source)).toEqual({ balance: -10_000n, inflight: 0n });
});

test("Amount to commit: more than is left or more decimals than USD has is refused at the field", async ({
  page,
}) => {
  const { hold } = await newHold(5_000n);
  await settleHold(hold, "commit", 2_000n);
  await openHold(page, hold);
  await page.getByRole("button", { name: "Commit transaction" }).click();
  const dialog = page.getByRole("dialog", { name: "Commit transaction" });
  const amount = dialog.getByLabel("Amount to commit");
  await expect(dialog).toContainText("Committed so far20.00 USD");
  await amount.fill("30.01");
  await dialog.getByRole("button", { name: "Confirm commit" }).click();
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByRole("alert")).toHaveText(
    "The amount is more than the 30.00 USD left on this hold.",
  );
  await amount.fill("1.001");
  await dialog.getByRole("button", { name: "Confirm commit" }).click();
  await expect(dialog.getByRole("alert")).toContainText("USD has 2 decimal places");
  // What was typed stays, and nothing was sent.
  await expect(amount).toHaveValue("1.001");
  expect(await childrenOf(hold)).toHaveLength(1);
});

test("void from the summary with V: the rest goes back to the source, and the void shows in the history", async ({
  page,
}) => {
  const { source, hold } = await newHold(7_500n);
  await settleHold(hold, "commit", 2_500n);
  await page.goto(`/transactions?transaction=${hold}`);
  await page.waitForLoadState("load");
  const summary = page.getByRole("dialog", { name: "Transaction summary" });
  await expect(summary.getByRole("button", { name: "Void transaction" })).toBeVisible();
  await page.keyboard.press("v");
  const dialog = page.getByRole("dialog", { name: "Void transaction" });
  await expect(dialog.getByRole("status")).toHaveText("Releases 50.00 USD; the hold ends.");
  await dialog.getByRole("button", { name: "Confirm void" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("link", { name: "View void" }).first()).toBeVisible();
  // The summary reads the hold again: a voided hold offers neither action.
  await expect(summary.getByRole("button", { name: "Void transaction" })).toHaveCount(0);
  await expect(summary.getByRole("button", { name: "Commit transaction" })).toHaveCount(0);

  expect(await balanceAmounts(source)).toEqual({ balance: -2_500n, inflight: 0n });
  const history = await openHold(page, hold);
  await expect(history).toContainText("Voided");
  await expect(history.getByRole("row", { name: /Void/ })).toContainText("50.00 USD");
});

test("exactly once: a double click and a replayed request make one commit", async ({ page, request }) => {
  const { destination, hold } = await newHold(9_000n);
  await openHold(page, hold);
  await page.getByRole("button", { name: "Commit transaction" }).click();
  const dialog = page.getByRole("dialog", { name: "Commit transaction" });
  await dialog.getByLabel("Amount to commit").fill("10");
  await dialog.getByRole("button", { name: "Confirm commit" }).dblclick();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await childrenOf(hold)).length).toBe(1);

  // The same request sent three times by hand (the same request ID): one commit of 10.00, not three.
  const args = [{ transactionId: hold, amount: "10", requestId: crypto.randomUUID() }];
  const answers = [];
  for (let round = 0; round < 3; round++) {
    answers.push(
      await callAction(request, `${E2E.appUrl}/transactions/${hold}`, "commitTransactionAction", args),
    );
  }
  expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
  const children = await childrenOf(hold);
  expect(children.map((child) => child.amount)).toEqual([1_000n, 1_000n]);
  // The replays answer with the first request's commit.
  for (const answer of answers.slice(1)) expect(answer.body).toContain(children[1]?.id ?? "missing");
  expect(await balanceAmounts(destination)).toEqual({ balance: 2_000n, inflight: 7_000n });
});

test("an expired hold is marked and offers neither commit nor void", async ({ page }) => {
  const currency = uniqueCurrency("EXP");
  const { source, destination } = await pair(currency);
  const hold = await placeHold({
    source,
    destination,
    amount: 300n,
    currency,
    expiresAt: new Date(Date.now() - 60_000),
  });
  const history = await openHold(page, hold);
  await expect(history).toContainText("Expired");
  await expect(page.getByRole("button", { name: "Commit transaction" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Void transaction" })).toHaveCount(0);
});

test.describe("a Viewer", () => {
  test.use({ baseURL: E2E.signInAppUrl });

  test("sees holds and the desk but no write control; each write called directly is a 403 and changes nothing", async ({
    page,
  }) => {
    const { source, destination, hold } = await newHold(800n);
    const applied = await transfer({
      source,
      destination,
      amount: 300n,
      currency: "USD",
      allowOverdraft: true,
    });
    await signIn(page, "viewer", `/transactions/${hold}`);
    await expect(page.getByRole("region", { name: "Inflight history" })).toContainText(
      "Left on hold8.00 USD",
    );
    for (const name of ["Commit transaction", "Void transaction", "Refund transaction"]) {
      await expect(page.getByRole("button", { name })).toHaveCount(0);
    }
    await page.keyboard.press("c");
    await page.keyboard.press("v");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await page.goto(`/transactions/${applied}`);
    await expect(page.getByRole("region", { name: "Quick Actions" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Refund transaction" })).toHaveCount(0);
    await page.goto("/transactions/holds");
    await expect(page.getByRole("heading", { level: 1, name: "Holds" })).toBeVisible();
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Commit", exact: true })).toHaveCount(0);

    const requestId = () => crypto.randomUUID();
    // Each posted to a page that uses it (an action is served by the pages that import it).
    const writes: Array<[string, string, unknown]> = [
      [
        "commitTransactionAction",
        `/transactions/${hold}`,
        { transactionId: hold, amount: "", requestId: requestId() },
      ],
      ["voidTransactionAction", `/transactions/${hold}`, { transactionId: hold, requestId: requestId() }],
      [
        "refundTransactionAction",
        `/transactions/${applied}`,
        { transactionId: applied, reason: "viewer", requestId: requestId() },
      ],
      ["commitHoldsAction", "/transactions/holds", { transactionIds: [hold], requestId: requestId() }],
      ["voidHoldsAction", "/transactions/holds", { transactionIds: [hold], requestId: requestId() }],
    ];
    for (const [name, path, input] of writes) {
      const { status } = await callAction(page.request, `${E2E.signInAppUrl}${path}`, name, [input]);
      expect(status, name).toBe(403);
    }
    expect(await childrenOf(hold)).toHaveLength(0);
    expect(await childrenOf(applied)).toHaveLength(0);
    expect(await balanceAmounts(destination)).toEqual({ balance: 300n, inflight: 800n });
  });
});
