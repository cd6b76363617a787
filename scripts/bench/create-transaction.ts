// "Create transaction" at the run's size: from the click on the sheet's "Create transaction" (its preview
// already shown) to the first frame showing the toast that names the new transaction, timed inside the page,
// beside the one raw Blnk call the submit makes.
import type { SizeRun } from "./interactions";
import { timeSubmit } from "./measure";
import { log, timing } from "./sample";
import type { Figure } from "./types";

export async function measureCreateTransaction(run: SizeRun): Promise<Figure[]> {
  const { size, page, raw, sample, ledgers } = run;
  const origin = new URL(run.url).origin;
  const { id: destination } = await raw.createBalance(ledgers.a, "USD");
  log(`${size}: create transaction`);
  const sheet = page.getByRole("dialog", { name: "Create transaction" });
  const submit = await sample("create transaction", async () => {
    // A fresh page each time: nothing of the last sample (its sheet, its toast) is on screen.
    await page.goto(`${origin}/transactions`);
    // A click before the page has hydrated goes nowhere: click again until the sheet is there.
    for (let tries = 0; !(await sheet.isVisible()) && tries < 20; tries++) {
      await page.getByRole("button", { name: "Create transaction" }).click();
      await sheet.waitFor({ timeout: 500 }).catch(() => undefined);
    }
    await sheet.getByLabel("Amount").fill("0.01");
    await sheet.getByLabel("Currency").fill("USD");
    await sheet.getByRole("combobox", { name: "Source" }).fill("@World");
    await sheet.locator("#create-transaction-source-hint").getByText("Selected balance: @World").waitFor();
    await sheet.getByRole("combobox", { name: "Destination" }).fill(destination);
    await sheet
      .locator("#create-transaction-destination-hint")
      .getByText(`Selected balance: ${destination}`)
      .waitFor();
    await sheet.getByLabel("Description").fill("bench transfer");
    await sheet.getByRole("switch", { name: "Apply overdraft" }).click();
    // The preview is shown (the destination grows by 0.01 USD each sample, so its figures are not waited on).
    await sheet.getByTestId("preview-destination").waitFor();
    return timeSubmit(page, {
      dialog: "Create transaction",
      button: "Create transaction",
      text: "Transaction created (APPLIED)",
    });
  });
  const submitRaw = await sample("raw: create transaction", () =>
    raw.createTransaction("@World", destination),
  );
  return timing("create_transaction_ms", "Create transaction: submit to visible", submit, submitRaw);
}
