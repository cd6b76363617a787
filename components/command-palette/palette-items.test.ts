import { describe, expect, it } from "vitest";
import { matchesText, paletteActions, palettePages } from "./palette-items";
import { recordOfPath } from "./recent-records";

describe("palette pages and actions", () => {
  it("offers the oversight pages to Admins and Auditors only", () => {
    expect(palettePages(false).map((page) => page.label)).toEqual([
      "Balances",
      "Transactions",
      "Holds",
      "Identities",
      "Ledgers",
    ]);
    expect(palettePages(true).map((page) => page.label)).toEqual([
      "Balances",
      "Transactions",
      "Holds",
      "Identities",
      "Ledgers",
      "Settings: Users",
      "Audit log",
      "Settings: Connection",
    ]);
  });

  it("offers the creates only to a role that may create", () => {
    const labels = (canCreate: boolean) =>
      paletteActions({ canCreateBalance: canCreate, canCreateTransaction: canCreate }).map((a) => a.label);
    expect(labels(true)).toEqual([
      "Create balance",
      "Create transaction",
      "Create identity",
      "Create ledger",
      "Switch theme",
    ]);
    expect(labels(false)).toEqual(["Switch theme"]);
  });

  it("matches every typed word against the start of a word of the label or a keyword", () => {
    const [createTransaction] = paletteActions({ canCreateBalance: false, canCreateTransaction: true });
    if (!createTransaction) throw new Error("no action");
    expect(matchesText(createTransaction, "cr TR")).toBe(true);
    expect(matchesText(createTransaction, "transfer")).toBe(true);
    expect(matchesText(createTransaction, "action")).toBe(false);
    expect(matchesText(createTransaction, "   ")).toBe(true);
    expect(matchesText({ label: "Settings: Users", keywords: [] }, "users")).toBe(true);
    expect(matchesText({ label: "Balances", keywords: [] }, "'; DROP TABLE")).toBe(false);
  });
});

describe("recordOfPath", () => {
  it("names the record of a record page only", () => {
    expect(recordOfPath("/transactions/txn_1")).toEqual({
      kind: "transaction",
      id: "txn_1",
      href: "/transactions/txn_1",
    });
    expect(recordOfPath("/ledgers/general_ledger_id")).toMatchObject({
      kind: "ledger",
      id: "general_ledger_id",
    });
    expect(recordOfPath("/balances/bln_a-1")).toMatchObject({ kind: "balance" });
    expect(recordOfPath("/transactions/holds")).toBeNull();
    expect(recordOfPath("/balances/bln_x/transactions")).toBeNull();
    expect(recordOfPath("/identities/javascript:alert(1)")).toBeNull();
  });
});
