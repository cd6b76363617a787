import { describe, expect, it } from "vitest";
import { insertBalance, insertLedger, insertTransaction, plain } from "../testing/balance-fixtures";
import { errorBody } from "../testing/errors";
import { HUGE, testLedgerForFile } from "../testing/ledger";

let ledgerId: string;
let walletId: string;
let otherId: string;
const ledger = testLedgerForFile({ setUp: seed });

async function seed() {
  ledgerId = await insertLedger(ledger.db);
  walletId = await insertBalance(ledger.db, { ledgerId, currency: "KES", createdAt: "2025-12-01T00:00:00Z" });
  otherId = await insertBalance(ledger.db, { ledgerId, currency: "KES", trackFundLineage: true });
  const add = (
    fixture: Omit<Parameters<typeof insertTransaction>[1], "source" | "destination">,
    incoming = true,
  ) =>
    insertTransaction(ledger.db, {
      source: incoming ? otherId : walletId,
      destination: incoming ? walletId : otherId,
      ...fixture,
    });
  await add({ amount: HUGE, createdAt: "2026-01-01T10:00:00Z" });
  await add({ amount: 5n, createdAt: "2026-01-02T10:00:00Z" }, false);
  // Effective date wins over created_at: booked late, effective early.
  await add({
    amount: 1000n,
    createdAt: "2026-03-01T00:00:00Z",
    effectiveDate: "2026-01-01T12:00:00.000001Z",
  });
  // Only APPLIED rows count.
  await add({ amount: 77n, createdAt: "2026-01-01T11:00:00Z", status: "QUEUED" });
  await add({ amount: 88n, createdAt: "2026-01-01T11:00:00Z", status: "REJECTED" });
  await add({ amount: 99n, createdAt: "2026-01-01T11:00:00Z", status: "INFLIGHT" });
  // A transfer to itself is both a debit and a credit.
  await insertTransaction(ledger.db, {
    source: walletId,
    destination: walletId,
    amount: 3n,
    createdAt: "2026-02-01T00:00:00Z",
  });
}

const at = (query: string) => ledger.call("GET", `/balances/${walletId}/at${query}`);

describe("GET /balances/:id/at", () => {
  it("sums APPLIED transactions up to the timestamp exactly, with Core's sorted keys", async () => {
    const response = await at("?timestamp=2026-01-01T11:00:00Z&from_source=true");
    expect(response.status).toBe(200);
    expect(response.text).toBe(
      `{"balance":{"balance":${HUGE},"balance_id":"${walletId}","credit_balance":${HUGE},"currency":"KES",` +
        `"debit_balance":0},"from_source":true,"timestamp":"2026-01-01T11:00:00Z"}`,
    );
  });

  it("uses effective_date before created_at, and includes a transaction at exactly the timestamp", async () => {
    const before = plain((await at("?timestamp=2026-01-01T12:00:00Z")).text) as {
      balance: Record<string, unknown>;
    };
    expect(before.balance.debit_balance).toBe(0);
    const exact = await at("?timestamp=2026-01-01T12:00:00.000001Z");
    expect(exact.text).toContain(`"credit_balance":${HUGE + 1000n},`);
    const later = await at("?timestamp=2026-02-15T00:00:00Z&from_source=1");
    expect(later.text).toBe(
      `{"balance":{"balance":${HUGE + 1000n - 5n},"balance_id":"${walletId}","credit_balance":${HUGE + 1003n},` +
        `"currency":"KES","debit_balance":8},"from_source":true,"timestamp":"2026-02-15T00:00:00Z"}`,
    );
  });

  it("echoes the timestamp in its own offset, to the second, and converts it for the comparison", async () => {
    // 13:00+02:00 is 11:00Z: only the first credit.
    const offsetResponse = await at("?timestamp=2026-01-01T13:00:00.999%2B02:00");
    expect(offsetResponse.text).toContain(`"credit_balance":${HUGE},`);
    const offset = plain(offsetResponse.text) as Record<string, unknown>;
    expect(offset.timestamp).toBe("2026-01-01T13:00:00+02:00");
    expect(offset.from_source).toBe(false);
    const zero = plain((await at("?timestamp=2026-01-01T11:00:00%2B00:00")).text) as Record<string, unknown>;
    expect(zero.timestamp).toBe("2026-01-01T11:00:00Z");
    expect(offset.balance).toMatchObject({ debit_balance: 0, balance_id: walletId });
    // 11:00-01:30 is 12:30Z: the effective-dated credit is in.
    expect((await at("?timestamp=2026-01-01T11:00:00-01:30")).text).toContain(
      `"credit_balance":${HUGE + 1000n},`,
    );
  });

  it("gives zeros before any activity and defaults to now", async () => {
    const early = await at("?timestamp=2020-01-01T00:00:00Z");
    expect(early.text).toContain('"balance":{"balance":0,');
    const now = plain((await at("")).text) as Record<string, unknown>;
    expect(now.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Date.now() - Date.parse(now.timestamp as string)).toBeLessThan(60_000);
    expect(now.from_source).toBe(false);
    expect(now).toHaveProperty("balance.credit_balance");
    const ancient = await at("?timestamp=0000-01-01T00:00:00Z");
    expect(ancient.status).toBe(200);
    expect(ancient.text).toContain('"credit_balance":0');
  });

  it("refuses timestamps Go's RFC3339 parser refuses", async () => {
    const message = "invalid timestamp format. Please use ISO 8601 format (e.g., 2024-01-01T15:04:05Z)";
    for (const bad of [
      "not-a-time",
      "2024-01-01",
      "2024-01-01T10:00:00",
      "2024-13-01T00:00:00Z",
      "2023-02-29T00:00:00Z",
      "2024-01-01T24:00:00Z",
      "2024-01-01t10:00:00z",
      "2024-01-01T10:00:00+02:00", // an unescaped + arrives as a space, as with Core
    ]) {
      const response = await at(`?timestamp=${bad}`);
      expect(response.status).toBe(400);
      expect(plain(response.text)).toEqual(errorBody("BAL_INVALID_TIMESTAMP", message));
    }
    // The timestamp is checked before the balance is looked up.
    expect((await ledger.call("GET", "/balances/bln_missing/at?timestamp=nope")).status).toBe(400);
  });

  it("keeps the nanoseconds Go keeps and lets Postgres round them to microseconds, as Core's query does", async () => {
    // The credit of 1000 is effective at 12:00:00.000001Z.
    const withCredit = `"credit_balance":${HUGE + 1000n},`;
    expect((await at("?timestamp=2026-01-01T12:00:00.0000009Z")).text).toContain(withCredit);
    // Go drops digits past the ninth: .000000999 rounds up to .000001.
    expect((await at("?timestamp=2026-01-01T12:00:00.00000099999Z")).text).toContain(withCredit);
    expect((await at("?timestamp=2026-01-01T12:00:00.0000004Z")).text).toContain(`"credit_balance":${HUGE},`);
  });

  it("refuses Go's zero time, 0001-01-01T00:00:00Z in any offset, before looking the balance up", async () => {
    const zero = errorBody("GEN_BAD_REQUEST", "Target time cannot be zero");
    for (const time of [
      "0001-01-01T00:00:00Z",
      "0001-01-01T02:00:00%2B02:00",
      "0001-01-01T00:00:00.000Z",
      "0001-01-01T00:00:00.0000000009Z", // the tenth digit is dropped
    ]) {
      const response = await at(`?timestamp=${time}`);
      expect(response.status, time).toBe(400);
      expect(plain(response.text), time).toEqual(zero);
    }
    const missing = await ledger.call("GET", "/balances/bln_missing/at?timestamp=0001-01-01T00:00:00Z");
    expect(plain(missing.text)).toEqual(zero);
    const nano = await at("?timestamp=0001-01-01T00:00:00.000000001Z");
    expect(nano.status).toBe(200);
    expect(nano.text).toContain('"credit_balance":0,');
  });

  it("answers an unknown balance with 404 BAL_NOT_FOUND", async () => {
    const response = await ledger.call("GET", "/balances/bln_missing/at");
    expect(response.status).toBe(404);
    const message = "Balance 'bln_missing' not found";
    expect(plain(response.text)).toEqual(errorBody("BAL_NOT_FOUND", message, {}));
  });
});

describe("GET /balances/:id/lineage", () => {
  it("refuses a balance without lineage tracking", async () => {
    const response = await ledger.call("GET", `/balances/${walletId}/lineage`);
    expect(response.status).toBe(400);
    const message = `balance ${walletId} does not have fund lineage tracking enabled`;
    expect(plain(response.text)).toEqual(errorBody("GEN_BAD_REQUEST", message));
  });

  it("returns an empty breakdown for a tracking balance", async () => {
    const response = await ledger.call("GET", `/balances/${otherId}/lineage`);
    expect(response.status).toBe(200);
    expect(response.text).toBe(
      `{"balance_id":"${otherId}","total_with_lineage":0,"aggregate_balance_id":"","providers":[]}`,
    );
  });

  it("answers an unknown balance with 404", async () => {
    const response = await ledger.call("GET", "/balances/bln_missing/lineage");
    expect(response.status).toBe(404);
    expect(plain(response.text)).toMatchObject({ error_detail: { code: "BAL_NOT_FOUND" } });
  });
});
