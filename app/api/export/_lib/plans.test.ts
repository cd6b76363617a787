import { describe, expect, it } from "vitest";
import type { PlanResult } from "@/lib/export/plan";
import { statementPlan } from "./statement";
import {
  balancesPlan,
  balanceTransactionsPlan,
  identitiesPlan,
  ledgersPlan,
  transactionsPlan,
} from "./tables";

// Each export's plan from its URL query, before any row: a filter that no longer parses refuses the export
// (never quietly left out), a balance's exports need a valid balance ID, and a statement a valid period.
// Nothing here reaches Blnk: the rows are only read when the plan's `rows` is called.

const query = (text: string) => new URLSearchParams(text);
const NOW = new Date("2026-12-03T12:00:00Z");

function refusal(result: PlanResult): string {
  if (result.ok) throw new Error(`planned, not refused: ${result.plan.kind}`);
  return result.message;
}

function planned(result: PlanResult) {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.plan;
}

describe("a table's export with a filter that no longer parses", () => {
  const cases = [
    ["balances", balancesPlan, "f.nope.eq=1"],
    ["balances", balancesPlan, "f.balance.gt=abc%20USD"],
    ["transactions", transactionsPlan, "f.amount.zz=1"],
    ["identities", identitiesPlan, "f.nope.eq=1"],
    ["ledgers", ledgersPlan, "f.nope.eq=1"],
  ] as const;

  it.each(cases)("%s (%s) is refused, saying so, whatever else is set", (_table, plan, text) => {
    const message = refusal(plan(query(`${text}&f.created_at.gt=2026-01-01`)));
    expect(message).toMatch(/^Nothing was exported: /);
    expect(message).toContain("Fix or remove that filter, then export again");
  });

  it("names the filter at fault", () => {
    expect(refusal(balancesPlan(query("f.nope.eq=1")))).toContain("nope");
    expect(refusal(balancesPlan(query("f.balance.gt=abc%20USD")))).toContain("f.balance.gt");
  });

  it("refuses nothing without filters, nor with filters that hold", () => {
    for (const plan of [balancesPlan, transactionsPlan, identitiesPlan, ledgersPlan]) {
      expect(plan(query("")).ok).toBe(true);
    }
    const balances = planned(balancesPlan(query("f.currency.eq=USD&owner=idt_1")));
    expect(balances).toMatchObject({ kind: "balances", name: "balances", recordType: "balances" });
    expect(balances.filters).toMatchObject({ "f.currency.eq": "USD", owner: "idt_1" });
    expect(balances.filters.blnk).toEqual(
      expect.arrayContaining([{ field: "currency", operator: "eq", value: "USD" }]),
    );
  });
});

describe("a balance's transactions", () => {
  it("need the balance's ID", () => {
    const message = "Name the balance to export: balance=bln_….";
    expect(refusal(balanceTransactionsPlan(query("")))).toBe(message);
    expect(refusal(balanceTransactionsPlan(query("balance=")))).toBe(message);
    expect(refusal(balanceTransactionsPlan(query("balance=bln_1%2F..%2Fx")))).toBe(message);
    expect(refusal(balanceTransactionsPlan(query("balance=bln%201")))).toBe(message);
  });

  it("read the transactions naming the balance, filed under it", () => {
    const plan = planned(balanceTransactionsPlan(query("balance=bln_abc-1")));
    expect(plan).toMatchObject({
      kind: "balance-transactions",
      name: "transactions-bln_abc-1",
      recordType: "balance",
      recordId: "bln_abc-1",
      filters: { balance: "bln_abc-1", blnk: [{ field: "balance_id", operator: "eq", value: "bln_abc-1" }] },
    });
    expect(plan.columns.slice(0, 3)).toEqual(["balance_id", "direction", "transaction_id"]);
  });
});

describe("a statement's export", () => {
  const statement = (text: string) => statementPlan(query(text), NOW);

  it("needs the balance's ID", () => {
    const message = "Name the balance whose statement to export: balance=bln_….";
    expect(refusal(statement("from=2026-11-01&to=2026-11-30"))).toBe(message);
    expect(refusal(statement("balance=a%20b&from=2026-11-01&to=2026-11-30"))).toBe(message);
  });

  it("refuses a period that ends before it starts", () => {
    expect(refusal(statement("balance=bln_1&from=2026-11-30&to=2026-11-01"))).toBe(
      "The period starts (2026-11-30) after it ends (2026-11-01). Choose a start on or before the end.",
    );
  });

  it("refuses a 100-year period", () => {
    expect(refusal(statement("balance=bln_1&from=1926-01-01&to=2025-12-31"))).toBe(
      "A statement covers at most 366 days; this period is 36,525 days. Choose a shorter period, or make one statement per year.",
    );
  });

  it("refuses days that are not dates, and a period in the future", () => {
    const help = "Use a real day as YYYY-MM-DD, from 1900 on.";
    expect(refusal(statement("balance=bln_1&from=yesterday&to=2026-11-30"))).toBe(
      `The start "yesterday" is not a date. ${help}`,
    );
    expect(refusal(statement("balance=bln_1&from=2026-11-01&to=2026-02-30"))).toBe(
      `The end "2026-02-30" is not a date. ${help}`,
    );
    expect(refusal(statement("balance=bln_1&from=&to=2026-11-30"))).toBe(
      `The start "" is not a date. ${help}`,
    );
    expect(refusal(statement("balance=bln_1&from=2027-01-01&to=2027-01-31"))).toBe(
      "The period starts in the future (2027-01-01): nothing has moved yet.",
    );
  });

  it("names the file and the manifest for the period, and takes the last 30 days when none is given", () => {
    const plan = planned(statement("balance=bln_1&from=2026-11-01&to=2026-11-30"));
    expect(plan).toMatchObject({
      kind: "statement",
      name: "statement-bln_1-2026-11-01-to-2026-11-30",
      recordType: "balance",
      recordId: "bln_1",
      filters: { balance: "bln_1", from: "2026-11-01", to: "2026-11-30" },
    });
    // Before any row, the totals are zero: digits, never a number that could round.
    expect(plan.details?.()).toMatchObject({
      period: { opening_at: "2026-10-31T23:59:59.999999Z", closing_at: "2026-11-30T23:59:59.999999Z" },
      opening_balance: "0",
      closing_balance: "0",
    });
    expect(planned(statement("balance=bln_1")).filters).toEqual({
      balance: "bln_1",
      from: "2026-11-04",
      to: "2026-12-03",
    });
  });
});
