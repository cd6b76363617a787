// "Commit transaction" at the run's size: on a hold's page, from the click on "Confirm commit" to the page
// showing the hold committed in full (its Inflight history read back from Blnk), timed inside the page, beside the one raw Blnk call a
// commit is (PUT /transactions/inflight/:id with skip_queue). Each sample commits a hold of its own.
import type { SizeRun } from "./interactions";
import { timeSubmit } from "./measure";
import { log, timing } from "./sample";
import type { Figure } from "./types";

export async function measureCommitHold(run: SizeRun): Promise<Figure[]> {
  const { size, page, raw, sample, ledgers } = run;
  const origin = new URL(run.url).origin;
  const { id: destination } = await raw.createBalance(ledgers.a, "USD");
  log(`${size}: commit a hold`);
  const commit = await sample("commit: confirm to updated status", async () => {
    const hold = await raw.createHold("@World", destination);
    await page.goto(`${origin}/transactions/${encodeURIComponent(hold)}`);
    const history = page.getByRole("region", { name: "Inflight history" });
    await history.getByText("Open", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Commit transaction" }).click();
    const dialog = page.getByRole("dialog", { name: "Commit transaction" });
    await dialog.getByLabel("Amount to commit").waitFor();
    return timeSubmit(page, {
      dialog: "Commit transaction",
      button: "Confirm commit",
      text: "Committed in full",
      within: "Inflight history",
    });
  });
  const commitRaw = await sample("raw: commit a hold", async () =>
    raw.commitHold(await raw.createHold("@World", destination)),
  );
  return timing("commit_hold_ms", "Commit: confirm to updated status", commit, commitRaw);
}
