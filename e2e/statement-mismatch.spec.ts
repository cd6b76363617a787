import { PGlite } from "@electric-sql/pglite";
import { expect, test } from "@playwright/test";
import { E2E } from "./support/env";
import { createBalance, createLedger, ledgerCall } from "./support/ledger-api";
import { freshDataDir, ownServer } from "./support/own-server";
import { DAY, dayText, ledgerAt, move, today, usd } from "./support/statement";

// The statement's check line when Blnk's own figures disagree with its transactions. The balance's stored
// amounts are changed behind the ledger's back, straight in its database while it is stopped; a snapshot
// (`POST /balances-snapshots`, Core's daily job) then copies them, and Core's historical balance starts from
// that snapshot. The statement must say the closing does not add up, with both exact numbers.
test.describe.configure({ timeout: 180_000 });

const ledgerUrl = E2E.statementLedgerUrl;
const appUrl = E2E.statementAppUrl;
const dataDir = `.data/e2e-ledger-statement-${E2E.statementLedgerPort}`;
const log = `${dataDir}.log`;

const ledger = ownServer({
  command: "./node_modules/.bin/tsx",
  args: ["embedded-ledger/main.ts"],
  env: () => ({
    ...process.env,
    LEDGER_PORT: String(E2E.statementLedgerPort),
    LEDGER_DATA_DIR: dataDir,
    LEDGER_SEED: "none",
    LEDGER_SECRET_KEY: E2E.apiKey,
  }),
  log,
  readyUrl: `${ledgerUrl}/health`,
});
const startLedger = ledger.start;
const stopLedger = ledger.stop;

test.beforeAll(async () => {
  freshDataDir(dataDir);
  await startLedger();
});
test.afterAll(stopLedger);

const TAMPER = 1_234n;

test("a stored balance changed behind the ledger's back makes the check line show the mismatch", async ({
  page,
}) => {
  const ledgerId = await createLedger(undefined, ledgerUrl);
  const balanceId = await createBalance({ ledgerId, currency: "USD" }, ledgerUrl);
  const other = await createBalance({ ledgerId, currency: "USD" }, ledgerUrl);
  for (let n = 0; n < 30; n += 1) {
    const at = new Date(today.getTime() - (20 - Math.floor(n / 2)) * DAY + 60_000);
    await move(other, balanceId, BigInt(n + 1) * 100n + 10n ** 39n, at, ledgerUrl);
  }
  const statement = `${appUrl}/balances/${balanceId}/statement?from=${dayText(20)}&to=${dayText(0)}`;
  await page.goto(statement);
  await expect(page.getByTestId("statement-check")).toHaveAttribute("data-check", "match");
  const closingAt = `${dayText(0)}T23:59:59.999999Z`;
  const truth = await ledgerAt(balanceId, closingAt, ledgerUrl);

  // Behind the ledger's back: its database, edited while it is stopped (PGlite has one writer).
  await stopLedger();
  const db = await PGlite.create(dataDir);
  const changed = await db.query(
    "UPDATE balances SET balance = balance + $2, credit_balance = credit_balance + $2 WHERE balance_id = $1",
    [balanceId, TAMPER.toString()],
  );
  expect(changed.affectedRows).toBe(1);
  await db.close();
  await startLedger();
  await ledgerCall("POST", "/balances-snapshots", undefined, ledgerUrl);
  // Blnk's historical balance now starts from the snapshot of the changed amounts.
  expect(await ledgerAt(balanceId, closingAt, ledgerUrl)).toBe(truth + TAMPER);

  await page.goto(statement);
  const check = page.getByTestId("statement-check");
  await expect(check).toHaveAttribute("data-check", "mismatch");
  await expect(check).toHaveRole("alert");
  await expect(check).toContainText("This statement does not add up to Blnk's balance.");
  await expect(check).toContainText(`Opening + credits − debits is ${usd(truth)}`);
  await expect(check).toContainText(
    `is ${usd(truth + TAMPER)}: a difference of ${usd(TAMPER)}, in the credits.`,
  );
});
