import { expect, test } from "@playwright/test";
import { E2E } from "./support/env";
import { csvObjects, exportFile, jsonLines, openExport, sha256 } from "./support/export";
import { createBalance, createLedger, ledgerCall, transfer, uniqueRun } from "./support/ledger-api";
import { DAY, dayText, ledgerAt, today } from "./support/statement";

// Export on the main dashboard: what the file holds (exactly, past 2^64), its manifest, and the statement's
// and a balance's transactions' exports; refusals answer with a message, never a file.

test.describe.configure({ mode: "serial" });

const run = uniqueRun();
// JOD has three decimals: the major-unit column is checked with a precision other than 100.
const CURRENCY = "JOD";
const BIG = 1234567890123456789012345678901234567890n;
let ledgerId = "";
let rich = "";
let mover = "";

test.beforeAll(async () => {
  ledgerId = await createLedger(`Export ${run}`);
  rich = await createBalance({ ledgerId, currency: CURRENCY });
  await createBalance({ ledgerId, currency: CURRENCY });
  mover = await createBalance({ ledgerId, currency: CURRENCY });
  await transfer({
    source: "@World",
    destination: rich,
    amount: BIG,
    currency: CURRENCY,
    allowOverdraft: true,
  });
  // Five movements over the last ten days, backdated, for the statement and the balance's transactions.
  for (const [daysAgo, amount, credit] of [
    [9, 5000n, true],
    [7, 1250n, false],
    [5, 999n, true],
    [3, 10n, false],
    [1, 123456n, true],
  ] as const) {
    const at = new Date(today.getTime() - daysAgo * DAY + 3_600_000).toISOString();
    const [source, destination] = credit ? ["@World", mover] : [mover, "@World"];
    await ledgerCall(
      "POST",
      "/transactions",
      `{"precise_amount":${amount},"currency":"${CURRENCY}","source":"${source}","destination":"${destination}","reference":"ex-${crypto.randomUUID()}","description":"Export e2e","allow_overdraft":true,"skip_queue":true,"effective_date":"${at}"}`,
    );
  }
});

test("a 40-digit balance survives CSV and JSON Lines exactly; the file's rows and SHA-256 match its manifest", async ({
  page,
}) => {
  await page.goto(`/balances?ledger=${ledgerId}`);
  await expect(page.getByRole("table", { name: "Balances" }).getByRole("row")).toHaveCount(4);

  const csv = await exportFile(page, "Export balances", "CSV");
  const rows = csvObjects(csv.file.bytes.toString("utf8"));
  expect(rows).toHaveLength(3);
  const richRow = rows.find((row) => row.balance_id === rich);
  expect(richRow).toMatchObject({
    ledger_id: ledgerId,
    currency: CURRENCY,
    precision: "1000",
    balance: BIG.toString(),
    balance_formatted: "1234567890123456789012345678901234567.890",
    credit_balance: BIG.toString(),
    debit_balance: "0",
  });
  expect(BigInt(richRow?.balance ?? "")).toBe(BIG);
  expect(richRow?.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

  const { manifest } = csv;
  expect(manifest).toMatchObject({
    file: csv.file.name,
    kind: "balances",
    format: "csv",
    rows: 3,
    bytes: csv.file.bytes.length,
    sha256: sha256(csv.file.bytes),
    filters: { ledger: ledgerId },
    generated_by: { role: "admin" },
  });
  expect(csv.manifestName).toBe(`${csv.file.name}.manifest.json`);
  expect(String(manifest.blnk_url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
  expect(JSON.stringify(manifest)).not.toContain(E2E.apiKey);
  expect(Date.parse(String(manifest.generated_at))).toBeLessThanOrEqual(
    Date.parse(String(manifest.completed_at)),
  );
  expect(csv.doneText).toContain("Exported 3 rows");

  const jsonl = await exportFile(page, "Export balances", "JSON Lines");
  const records = jsonLines(jsonl.file.bytes.toString("utf8"));
  expect(records).toHaveLength(3);
  const richRecord = records.find((record) => record.balance_id === rich);
  expect(BigInt(String(richRecord?.balance))).toBe(BIG);
  expect(richRecord).toMatchObject({
    precision: "1000",
    balance_formatted: "1234567890123456789012345678901234567.890",
  });
  expect(jsonl.manifest).toMatchObject({ format: "jsonl", rows: 3, sha256: sha256(jsonl.file.bytes) });
});

test("a filter that no longer parses, a wrong format or a bad period: a clear message, never a file", async ({
  page,
}) => {
  let downloads = 0;
  page.on("download", () => {
    downloads += 1;
  });
  await page.goto(`/balances?ledger=${ledgerId}&f.nope.eq=1`);
  const dialog = await openExport(page, "Export balances");
  await dialog.getByRole("button", { name: "Start export" }).click();
  await expect(dialog.getByRole("alert")).toContainText(
    'Nothing was exported: the filter "f.nope.eq" no longer parses',
  );
  // What was chosen stays: "Try again" runs the same export.
  await expect(dialog.getByRole("button", { name: "Try again" })).toBeVisible();

  const format = await page.request.get(`/api/export/balances?format=xml`);
  expect(format.status()).toBe(400);
  expect(await format.json()).toEqual({ ok: false, error: "Choose a format: format=csv or format=jsonl." });
  for (const query of [
    `balance=${mover}&from=${dayText(1)}&to=${dayText(5)}`,
    `balance=${mover}&from=1920-01-01&to=${dayText(0)}`,
    `balance=${mover}&from=yesterday&to=today`,
    "balance=../x",
  ]) {
    const answer = await page.request.get(`/api/export/statement?format=csv&${query}`);
    expect(answer.status(), query).toBe(400);
    const body = (await answer.json()) as { ok: boolean; error: string };
    expect(body.ok, query).toBe(false);
    expect(body.error.length, query).toBeGreaterThan(10);
  }
  // A Blnk that cannot be reached at all: a plain refusal before any byte of a file.
  const unreachable = await page.request.get(`${E2E.unreachableAppUrl}/api/export/balances?format=csv`);
  expect(unreachable.status()).toBe(502);
  expect(((await unreachable.json()) as { error: string }).error).toMatch(
    /^Nothing was exported: Cannot reach Blnk at /,
  );
  expect(downloads).toBe(0);
});

test("a balance's transactions and its statement export every movement; the statement's closing is Blnk's", async ({
  page,
}) => {
  await page.goto(`/balances/${mover}/transactions`);
  const moves = await exportFile(page, "Export this balance's transactions", "CSV");
  const rows = csvObjects(moves.file.bytes.toString("utf8"));
  expect(rows).toHaveLength(5);
  expect(rows.map((row) => row.direction).sort()).toEqual(["credit", "credit", "credit", "debit", "debit"]);
  expect(moves.manifest).toMatchObject({ kind: "balance-transactions", rows: 5, record_id: mover });

  const from = dayText(10);
  const to = dayText(0);
  await page.goto(`/balances/${mover}/statement?from=${from}&to=${to}`);
  await expect(page.getByTestId("statement-check")).toBeVisible();
  const statement = await exportFile(page, "Export this statement", "CSV");
  const lines = csvObjects(statement.file.bytes.toString("utf8"));
  expect(lines).toHaveLength(5);
  const closing = await ledgerAt(mover, `${to}T23:59:59.999999Z`);
  expect(closing).toBe(5000n - 1250n + 999n - 10n + 123456n);
  expect(BigInt(lines.at(-1)?.running_balance ?? "")).toBe(closing);
  expect(statement.manifest).toMatchObject({
    kind: "statement",
    rows: 5,
    opening_balance: "0",
    credits: String(5000n + 999n + 123456n),
    debits: String(1250n + 10n),
    closing_balance: closing.toString(),
    period: { from, to },
  });

  // The statement's view and both exports are in the audit log, each export with how it ended.
  const log = jsonLines(await (await page.request.get("/audit/export?format=jsonl")).text()).filter(
    (entry) => entry.record_id === mover,
  );
  const seen = log.map((entry) => `${entry.action} ${entry.outcome}`);
  for (const expected of [
    "statement.view ok",
    "export.balance-transactions started",
    "export.balance-transactions ok",
    "export.statement started",
    "export.statement ok",
  ]) {
    expect(seen).toContain(expected);
  }

  // The audit log's own Export: the same dialog and manifest, the page's filters applied.
  await page.goto(`/audit?record=${mover}`);
  const audit = await exportFile(page, "Export the audit log", "JSON Lines");
  const entries = jsonLines(audit.file.bytes.toString("utf8"));
  expect(entries.length).toBe(log.length);
  expect(entries.every((entry) => entry.record_id === mover)).toBe(true);
  expect(audit.manifest).toMatchObject({ kind: "audit", rows: log.length, sha256: sha256(audit.file.bytes) });
});
