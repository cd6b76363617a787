import { describe, expect, it } from "vitest";
import { matchesFullName, mergedPageSlices, planIdentitySearch } from "./search-filters";

describe("planIdentitySearch", () => {
  it("lists everything for an empty search", () => {
    expect(planIdentitySearch("   ")).toEqual({ kind: "all" });
  });

  it("searches one word in first, last and organization name and email, any case (ilike, or)", () => {
    expect(planIdentitySearch(" ada ")).toEqual({
      kind: "any-field",
      anyField: [
        { field: "first_name", operator: "ilike", value: "%ada%" },
        { field: "last_name", operator: "ilike", value: "%ada%" },
        { field: "organization_name", operator: "ilike", value: "%ada%" },
        { field: "email_address", operator: "ilike", value: "%ada%" },
      ],
    });
  });

  it("treats % and _ typed by a person as text, not wildcards", () => {
    const plan = planIdentitySearch("50%_off");
    expect(plan.kind === "any-field" && plan.anyField[0]?.value).toBe("%50\\%\\_off%");
  });

  it("matches 'First Last' against first and last name, and the whole text against any field", () => {
    const plan = planIdentitySearch("Ada  van Quill");
    expect(plan).toMatchObject({
      kind: "full-name-then-any-field",
      fullName: [
        { field: "first_name", operator: "ilike", value: "%Ada%" },
        { field: "last_name", operator: "ilike", value: "%Quill%" },
      ],
      words: { first: "Ada", last: "Quill" },
    });
    expect(plan.kind === "full-name-then-any-field" && plan.anyField[3]?.value).toBe("%Ada  van Quill%");
  });

  it("also finds a pasted identity ID", () => {
    const plan = planIdentitySearch("idt_7a8b9c0d-1e2f");
    expect(plan.kind === "any-field" && plan.anyField.at(-1)).toEqual({
      field: "identity_id",
      operator: "eq",
      value: "idt_7a8b9c0d-1e2f",
    });
  });
});

describe("matchesFullName", () => {
  it("is the full-name filter, checked locally and case-insensitively", () => {
    const words = { first: "ada", last: "QUILL" };
    expect(matchesFullName({ firstName: "Adaline", lastName: "McQuill" }, words)).toBe(true);
    expect(matchesFullName({ firstName: "", lastName: "Quill" }, words)).toBe(false);
  });
});

describe("mergedPageSlices", () => {
  it("takes a page from the first list while it lasts", () => {
    expect(mergedPageSlices({ page: 1, pageSize: 20, firstCount: 45 })).toEqual({
      first: { offset: 0, limit: 20 },
      second: null,
    });
  });

  it("fills the page where the first list ends with the start of the second", () => {
    expect(mergedPageSlices({ page: 3, pageSize: 20, firstCount: 45 })).toEqual({
      first: { offset: 40, limit: 5 },
      second: { offset: 0, limit: 15 },
    });
  });

  it("continues the second list where the previous page left it", () => {
    expect(mergedPageSlices({ page: 4, pageSize: 20, firstCount: 45 })).toEqual({
      first: null,
      second: { offset: 15, limit: 20 },
    });
    expect(mergedPageSlices({ page: 2, pageSize: 20, firstCount: 0 })).toEqual({
      first: null,
      second: { offset: 20, limit: 20 },
    });
  });
});
