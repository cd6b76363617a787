import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CoreError } from "../http/errors";
import { createContext, type LedgerContext } from "../storage/context";
import { type Db, openDb } from "../storage/db";
import { insertBalance, insertLedger, readBalance } from "../testing/transaction-fixtures";
import { amountFloat, amountString, plainDecimal, preciseFromAmount, significantDigits } from "./amounts";
import { commitInflight, voidInflight } from "./inflight";
import { parseRfc3339 } from "./input";
import { recordTransaction, recordTransactionIn } from "./record";

describe("exact amount arithmetic", () => {
  it("writes floats as Go's FormatFloat 'f' -1 does", () => {
    expect(plainDecimal(0.29)).toBe("0.29");
    expect(plainDecimal(1e-7)).toBe("0.0000001");
    expect(plainDecimal(1.5e-10)).toBe("0.00000000015");
    expect(plainDecimal(1e21)).toBe("1000000000000000000000");
    expect(plainDecimal(1.25e22)).toBe("12500000000000000000000");
    expect(plainDecimal(-2.5e-7)).toBe("-0.00000025");
    expect(plainDecimal(123)).toBe("123");
  });

  it("counts significant digits like Core's check", () => {
    expect(significantDigits(0.29)).toBe(2);
    expect(significantDigits(100)).toBe(3);
    expect(significantDigits(1234567890.12345)).toBe(15);
    expect(significantDigits(1234567890.123456)).toBe(16);
    expect(significantDigits(1e20)).toBe(21);
  });

  it("multiplies by the precision on decimal text, rounding half away from zero", () => {
    expect(preciseFromAmount(0.29, 100)).toBe(29n);
    expect(0.29 * 100).not.toBe(29); // the float product Core avoids
    expect(preciseFromAmount(1.005, 100)).toBe(101n);
    expect(preciseFromAmount(1.004, 100)).toBe(100n);
    expect(preciseFromAmount(123.456, 1000)).toBe(123456n);
    expect(preciseFromAmount(1e-7, 10_000_000)).toBe(1n);
    expect(preciseFromAmount(5, 1e20)).toBe(500000000000000000000n);
    expect(preciseFromAmount(0.001, 100)).toBe(0n);
  });

  it("divides exactly, or to 16 places like shopspring/decimal", () => {
    expect(amountString(29n, 100)).toBe("0.29");
    expect(amountString(2500n, 100)).toBe("25");
    expect(amountString(0n, 100)).toBe("0");
    expect(amountString(1n, 3)).toBe("0.3333333333333333");
    expect(amountString(2n, 3)).toBe("0.6666666666666667");
    expect(amountString(10n ** 40n + 1n, 1)).toBe("10000000000000000000000000000000000000001");
    expect(amountString(10n ** 40n + 1n, 100)).toBe("100000000000000000000000000000000000000.01");
    expect(amountString(7n, 0)).toBe("7");
    expect(amountFloat(29n, 100)).toBe(0.29);
  });

  it("parses RFC3339 strictly", () => {
    expect(parseRfc3339("2024-04-22T15:28:03+00:00")?.toISOString()).toBe("2024-04-22T15:28:03.000Z");
    expect(parseRfc3339("2024-04-22T15:28:03.5-01:30")?.toISOString()).toBe("2024-04-22T16:58:03.500Z");
    for (const bad of [
      "2024-04-22",
      "2024-02-30T00:00:00Z",
      "2024-04-22 15:28:03Z",
      "2024-04-22T24:00:00Z",
    ]) {
      expect(parseRfc3339(bad)).toBeNull();
    }
  });
});

describe("recordTransaction (the seeder's entry point)", () => {
  let db: Db;
  let ctx: LedgerContext;
  let ledgerId: string;
  beforeAll(async () => {
    db = await openDb(undefined);
    ctx = createContext(db);
    ledgerId = await insertLedger(db);
  });
  afterAll(() => db.close());

  const base = { currency: "EUR", description: "seed", precision: 100 };

  it("posts from @World with a back-dated history and settles inflight holds", async () => {
    const wallet = await insertBalance(db, ledgerId, "EUR");
    const createdAt = new Date("2025-01-15T09:30:00Z");
    const opening = await recordTransaction(ctx, {
      ...base,
      source: "@World",
      destination: wallet,
      preciseAmount: 500_00n,
      reference: "seed-1",
      allowOverdraft: true,
      createdAt,
      metaData: { kind: "opening" },
    });
    expect(opening).toMatchObject({
      status: "APPLIED",
      precise_amount: 500_00n,
      amount: 500,
      created_at: createdAt,
      effective_date: createdAt,
      meta_data: { kind: "opening" },
    });
    const held = await recordTransaction(ctx, {
      ...base,
      source: wallet,
      destination: "@Merchant",
      preciseAmount: 120_00n,
      reference: "seed-2",
      inflight: true,
    });
    expect(held.status).toBe("INFLIGHT");
    const committed = await commitInflight(ctx, held.transaction_id, { preciseAmount: 20_00n });
    expect(committed).toMatchObject({ status: "APPLIED", parent_transaction: held.transaction_id });
    const voided = await voidInflight(ctx, held.transaction_id);
    expect(voided).toMatchObject({ status: "VOID", precise_amount: 100_00n });
    expect(await readBalance(db, wallet)).toMatchObject({
      balance: 480_00n,
      debit_balance: 20_00n,
      inflight_debit_balance: 0n,
      inflight_balance: 0n,
    });
  });

  it("throws CoreError and writes nothing when a rule fails", async () => {
    const wallet = await insertBalance(db, ledgerId, "EUR");
    const refused = recordTransaction(ctx, {
      ...base,
      source: wallet,
      destination: "@Nowhere",
      preciseAmount: 1n,
      reference: "seed-3",
    });
    await expect(refused).rejects.toBeInstanceOf(CoreError);
    await expect(refused).rejects.toMatchObject({ status: 400, code: "TXN_INSUFFICIENT_FUNDS" });
    // The auto-created @Nowhere balance was rolled back with the refused transfer.
    const nowhere = await db.query("SELECT 1 FROM balances WHERE indicator = '@Nowhere'");
    expect(nowhere.rows).toHaveLength(0);
    await expect(
      recordTransaction(ctx, {
        ...base,
        source: "@World",
        destination: wallet,
        preciseAmount: 0n,
        reference: "z",
      }),
    ).rejects.toMatchObject({ code: "TXN_VALIDATION_ERROR" });
  });

  it("batches postings inside a transaction the caller holds", async () => {
    const wallet = await insertBalance(db, ledgerId, "EUR");
    await db.transaction(async (tx) => {
      for (const reference of ["batch-1", "batch-2", "batch-3"]) {
        await recordTransactionIn(tx, {
          ...base,
          source: "@World",
          destination: wallet,
          preciseAmount: 1_00n,
          reference,
          allowOverdraft: true,
        });
      }
    });
    expect(await readBalance(db, wallet)).toMatchObject({ balance: 3_00n, version: 4 });
  });
});
