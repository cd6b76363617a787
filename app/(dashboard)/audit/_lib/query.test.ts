import { describe, expect, it } from "vitest";
import { auditFilters, auditHref, parseAuditQuery } from "./query";

describe("the audit page's URL", () => {
  it("reads every filter, refusing what is not a known action or a real day", () => {
    const query = parseAuditQuery({
      who: " Ops@Example.com ",
      action: "balance.create",
      record: "bln_1",
      from: "2026-12-01",
      to: "2026-13-45",
      page: "3",
    });
    expect(query).toEqual({
      who: "Ops@Example.com",
      action: "balance.create",
      record: "bln_1",
      from: "2026-12-01",
      to: "",
      page: 3,
    });
    expect(parseAuditQuery({ action: "drop table", page: "-1" })).toMatchObject({ action: "", page: 1 });
  });

  it("turns a period into whole UTC days, the last one included", () => {
    const filters = auditFilters(parseAuditQuery({ from: "2026-12-01", to: "2026-12-01", who: "A@B.C" }));
    expect(filters).toEqual({
      actor: "A@B.C",
      from: Date.parse("2026-12-01T00:00:00Z"),
      to: Date.parse("2026-12-02T00:00:00Z") - 1,
    });
  });

  it("writes the URL back with only what is set", () => {
    const query = parseAuditQuery({ action: "auth.sign_in_failed" });
    expect(auditHref(query)).toBe("/audit?action=auth.sign_in_failed");
    expect(auditHref(query, { page: 2 })).toBe("/audit?action=auth.sign_in_failed&page=2");
    expect(auditHref(parseAuditQuery({}))).toBe("/audit");
  });
});
