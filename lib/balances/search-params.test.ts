import { describe, expect, it } from "vitest";
import { balanceKeys, balancesHref, parseBalancesQuery } from "./search-params";

describe("balances URL state", () => {
  it("parses page, owner and ledger, falling back on anything odd", () => {
    expect(parseBalancesQuery({ page: "3", owner: "idt_1", ledger: "ldg_2" })).toEqual({
      page: 3,
      identityId: "idt_1",
      ledgerId: "ldg_2",
    });
    expect(parseBalancesQuery({ page: "-1" }).page).toBe(1);
    expect(parseBalancesQuery({ page: "abc" }).page).toBe(1);
    expect(parseBalancesQuery({ page: ["2", "9"] }).page).toBe(2);
    expect(parseBalancesQuery({ owner: "x'; drop" }).identityId).toBeUndefined();
    expect(parseBalancesQuery(new URLSearchParams("page=4&ledger=general_ledger_id"))).toEqual({
      page: 4,
      identityId: undefined,
      ledgerId: "general_ledger_id",
    });
  });

  it("writes the same state back into a link, with the open balance", () => {
    expect(balancesHref({ page: 1 })).toBe("/balances");
    expect(balancesHref({ page: 2, identityId: "idt_1" }, "bln_9")).toBe(
      "/balances?owner=idt_1&page=2&balance=bln_9",
    );
  });

  it("builds query keys without bigint", () => {
    expect(balanceKeys.list({ page: 2, ledgerId: "ldg_1" })).toEqual([
      "balances",
      "list",
      2,
      "",
      "ldg_1",
      "",
    ]);
    expect(() => JSON.stringify(balanceKeys.summary("bln_1"))).not.toThrow();
  });
});
