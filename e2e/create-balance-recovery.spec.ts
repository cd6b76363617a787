import { expect, type Page, test } from "@playwright/test";
import { openWithLedgerId, sheet } from "./support/create-balance";
import { E2E } from "./support/env";
import { countBalances, createLedger, uniqueCurrency } from "./support/ledger-api";
import { startLedgerProxy } from "./support/proxy";

test.use({ baseURL: E2E.recoveringAppUrl });

/**
 * A proxy in front of the ledger for the recovering dashboard, and its create sheet on /balances with a new
 * ledger (`ledgerName`) pasted by ID and a new currency typed. The proxy is the caller's to close.
 */
async function sheetBehindProxy(page: Page, ledgerName: string, prefix: string) {
  const ledgerId = await createLedger(ledgerName);
  const currency = uniqueCurrency(prefix);
  const proxy = await startLedgerProxy();
  try {
    await page.goto("/balances");
    await page.waitForLoadState("load");
    await openWithLedgerId(page, ledgerId, ledgerName);
    await sheet(page).getByLabel("Currency").fill(currency);
  } catch (error) {
    await proxy.close();
    throw error;
  }
  return { proxy, currency };
}

test("with Blnk unreachable, submitting explains it, keeps the form, and succeeds on retry", async ({
  page,
}) => {
  let { proxy, currency } = await sheetBehindProxy(page, "Recovery Ledger", "REC");
  try {
    await proxy.close();
    await sheet(page).getByRole("button", { name: "Create balance" }).click();
    await expect(sheet(page).getByRole("alert")).toContainText("Cannot reach Blnk");
    await expect(sheet(page).getByLabel("Currency")).toHaveValue(currency);
    expect(await countBalances(currency)).toBe(0);

    proxy = await startLedgerProxy();
    await sheet(page).getByRole("button", { name: "Create balance" }).click();
    await expect(sheet(page)).toBeHidden();
    expect(await countBalances(currency)).toBe(1);
  } finally {
    await proxy.close();
  }
});

test("from submit to the new balance's summary, the create flow makes at most 4 Blnk calls", async ({
  page,
}) => {
  const { proxy, currency } = await sheetBehindProxy(page, "Counted Calls", "CNT");
  try {
    // Let the page and the form settle (count, searches), then count only what the create itself causes.
    await expectQuiet(proxy.requests);
    proxy.requests.length = 0;

    await sheet(page).getByRole("button", { name: "Create balance" }).click();
    // The pointer leaves the sheet: the summary opens where it was, and a link under a resting pointer is
    // prefetched on purpose (intent), which is not part of the create flow.
    await page.mouse.move(1, 1);
    await expect(sheet(page)).toBeHidden();
    const summary = page.getByRole("dialog", { name: "Balance summary" });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(currency);
    await expect(page.getByRole("table").getByText(currency).first()).toBeVisible();
    await expectQuiet(proxy.requests);

    // The create, the summary, and the table's first page once (with its owners' names when it shows any);
    // the total goes up by one without counting the ledger again.
    // Once the summary shows, its "Balance activity" asks for the last 7 days (historical balances first):
    // that comes after the summary is on screen, so the count stops where it starts.
    const activityStarts = proxy.requests.findIndex((call) => call.endsWith("/at"));
    expect(activityStarts, proxy.requests.join("\n")).toBeGreaterThan(0);
    const createFlow = proxy.requests.slice(0, activityStarts);
    const calls = createFlow.join("\n");
    expect(createFlow.length, calls).toBeLessThanOrEqual(4);
    expect(
      createFlow.filter((call) => call === "POST /balances"),
      calls,
    ).toHaveLength(1);
    expect(
      createFlow.filter((call) => call === "POST /balances/filter"),
      calls,
    ).toHaveLength(1);
    expect(createFlow, calls).toContain(`GET /balances/${new URL(page.url()).searchParams.get("balance")}`);
    expect(
      createFlow.filter((call) => call !== "POST /identities/filter"),
      calls,
    ).toHaveLength(3);
  } finally {
    await proxy.close();
  }
});

/** Waits until no request has arrived for a while (the UI's follow-up loads are done). */
async function expectQuiet(requests: readonly string[]) {
  let seen = -1;
  await expect
    .poll(
      () => {
        const quiet = requests.length === seen;
        seen = requests.length;
        return quiet;
      },
      { intervals: [800], timeout: 15_000 },
    )
    .toBe(true);
}
