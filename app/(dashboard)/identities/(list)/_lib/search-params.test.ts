import { describe, expect, it } from "vitest";
import { identitiesHref, parseIdentitiesQuery } from "@/app/(dashboard)/identities/(list)/_lib/search-params";

describe("parseIdentitiesQuery", () => {
  it("reads ?q= (trimmed) and ?page=", () => {
    expect(parseIdentitiesQuery({ q: "  Ada Quill ", page: "3" })).toEqual({ q: "Ada Quill", page: 3 });
    expect(parseIdentitiesQuery(new URLSearchParams("q=ada&page=2"))).toEqual({ q: "ada", page: 2 });
  });

  it("falls back to no search and page 1 for missing or bad values", () => {
    expect(parseIdentitiesQuery({})).toEqual({ q: "", page: 1 });
    expect(parseIdentitiesQuery({ q: ["first", "second"], page: "-4" })).toEqual({ q: "first", page: 1 });
    expect(parseIdentitiesQuery({ page: "2.5" }).page).toBe(1);
  });

  it("caps a very long search at 200 characters", () => {
    expect(parseIdentitiesQuery({ q: "x".repeat(500) }).q).toHaveLength(200);
  });
});

describe("identitiesHref", () => {
  it("leaves out page 1 and an empty search", () => {
    expect(identitiesHref({})).toBe("/identities");
    expect(identitiesHref({ q: "  ", page: 1 })).toBe("/identities");
  });

  it("encodes the search and keeps the page", () => {
    expect(identitiesHref({ q: "Ada Quill & co", page: 2 })).toBe("/identities?q=Ada+Quill+%26+co&page=2");
  });
});
