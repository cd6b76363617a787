import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./support/env";

// The dashboard against embedded ledgers answering as Core 0.14 and 0.15.0 (LEDGER_CORE_PROFILE,
// embedded-ledger/http/profile.ts): creates go through Core's queue (a QUEUED original and its `_q` copy),
// `/transactions/filter` rows carry `parent_transaction: ""`, and on 0.14 every include=identity answers 400.
// Each profile gets, through its ledger's API:
//   an organisation with a contact person's name, owning balance A; balance B;
//   A funded with 1,000.00 USD from @World (queued), sending 250.00 USD to B (queued);
//   hold 1: 30.00 USD A→B, skip_queue, committed; hold 2: 20.00 USD A→B, queued, voided;
//   hold 3: 5.55 USD A→B, skip_queue, still pending.

const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

function usd(minor: number): string {
  const whole = Math.floor(minor / 100).toLocaleString("en-US");
  return `${whole}.${String(minor % 100).padStart(2, "0")} USD`;
}

function field(text: string, name: string): string {
  const value = new RegExp(`"${name}":"([^"]+)"`).exec(text)?.[1];
  if (!value) throw new Error(`no ${name} in ${text}`);
  return value;
}

// What Settings → Connection says each one matches (lib/connection/probe.ts).
const DETECTED: Record<string, RegExp> = {
  "0.14": /Core 0\.13\.2–0\.14\.x \(legacy errors; include=identity fails/,
  "0.15.0": /Core 0\.15\.0 \(structured errors; list rows name no parent transaction/,
};

for (const profile of E2E.coreProfiles) {
  test.describe(`against Core ${profile.name}`, () => {
    test.use({ baseURL: profile.appUrl });

    const organisation = `Acme ${profile.name} ${run}`;
    let a = "";
    let b = "";
    let references = 0;

    async function call(method: string, path: string, body: unknown): Promise<string> {
      const response = await fetch(`${profile.ledgerUrl}${path}`, {
        method,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
      return text;
    }

    const transfer = async (source: string, destination: string, amount: number, extra = {}) =>
      field(
        await call("POST", "/transactions", {
          source,
          destination,
          precise_amount: amount,
          precision: 100,
          currency: "USD",
          reference: `e2e-profile-${run}-${++references}`,
          description: "E2E Core profile",
          ...extra,
        }),
        "transaction_id",
      );

    test.beforeAll(async () => {
      const ledgerId = field(await call("POST", "/ledgers", { name: `Profile ${run}` }), "ledger_id");
      const owner = field(
        await call("POST", "/identities", {
          identity_type: "organization",
          organization_name: organisation,
          first_name: "Pat",
          last_name: "Contact",
        }),
        "identity_id",
      );
      a = field(
        await call("POST", "/balances", { ledger_id: ledgerId, currency: "USD", identity_id: owner }),
        "balance_id",
      );
      b = field(await call("POST", "/balances", { ledger_id: ledgerId, currency: "USD" }), "balance_id");
      await transfer("@World", a, 100_000, { allow_overdraft: true });
      await transfer(a, b, 25_000);
      const committed = await transfer(a, b, 3_000, { inflight: true, skip_queue: true });
      await call("PUT", `/transactions/inflight/${committed}`, { status: "commit" });
      await transfer(a, b, 2_000, { inflight: true });
      // A queued hold is held by its `_q` copy: that is the one to void.
      const queuedHold = field(
        await (
          await fetch(`${profile.ledgerUrl}/transactions/reference/e2e-profile-${run}-${references}_q`)
        ).text(),
        "transaction_id",
      );
      await call("PUT", `/transactions/inflight/${queuedHold}`, { status: "void" });
      await transfer(a, b, 555, { inflight: true, skip_queue: true });
    });

    const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

    test("balance details opens, with the owner's organisation name and exact amounts", async ({ page }) => {
      await page.goto(`/balances/${a}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(usd(100_000 - 25_000 - 3_000));
      await expect(region(page, "Summary").getByRole("definition")).toHaveText([
        usd(72_000),
        usd(100_000),
        usd(28_000),
        /-5\.55 USD$/,
        usd(0),
        usd(555),
      ]);
      const details = region(page, "Details");
      await expect(details).toContainText(organisation);
      await expect(details).not.toContainText("Pat Contact");
      // The recomputation agrees and the pending hold has a known age: no false alarm from the version.
      await expect(details).toContainText("Healthy");
      const checks = region(page, "Health checks");
      await expect(checks.getByRole("definition").nth(3)).toContainText(/^Pass.*pending for/);
    });

    test("each queued transfer and each hold shows once, with its own state", async ({ page }) => {
      await page.goto(`/balances/${a}/transactions`);
      await expect(page.getByRole("main")).toContainText("7 transactions");
      const rows = page.getByRole("table", { name: "Transactions" }).getByRole("row");
      await expect(rows).toHaveCount(8);
      await expect(rows.filter({ hasText: "QUEUED" })).toHaveCount(0);
      const withAmount = (minor: number) => rows.filter({ hasText: usd(minor) });
      await expect(withAmount(100_000)).toHaveCount(1);
      await expect(withAmount(100_000)).toContainText("APPLIED");
      await expect(withAmount(25_000)).toHaveCount(1);
      await expect(withAmount(25_000)).toContainText("APPLIED");
      // A hold and what settled it are two transactions: the INFLIGHT hold, then its commit or void.
      await expect(withAmount(3_000).filter({ hasText: "INFLIGHT" })).toHaveCount(1);
      await expect(withAmount(3_000).filter({ hasText: "APPLIED" })).toHaveCount(1);
      await expect(withAmount(2_000).filter({ hasText: "INFLIGHT" })).toHaveCount(1);
      await expect(withAmount(2_000).filter({ hasText: "VOID" })).toHaveCount(1);
      await expect(withAmount(555)).toHaveCount(1);
      await expect(withAmount(555)).toContainText("INFLIGHT");
    });

    test("Settings → Connection says which release the server behaves as", async ({ page }) => {
      await page.goto("/settings/connection");
      await expect(page.getByRole("main")).toContainText(DETECTED[profile.name] ?? /never/);
      await expect(page.getByRole("main")).toContainText("Reading: yes.");
    });
  });
}
