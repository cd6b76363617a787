import { describe, expect, it } from "vitest";
import { isPublicPath, isServerActionRequest, safeNextPath } from "./gate";

describe("the sign-in gate's rules", () => {
  it("lets only the sign-in page and the sign-in endpoints through without a session", () => {
    expect(isPublicPath("/sign-in")).toBe(true);
    expect(isPublicPath("/api/auth/sign-in/email")).toBe(true);
    expect(isPublicPath("/sign-in-elsewhere")).toBe(false);
    expect(isPublicPath("/balances")).toBe(false);
    expect(isPublicPath("/api/authx")).toBe(false);
  });

  it("recognises a server action call by POST and Next-Action", () => {
    expect(isServerActionRequest({ method: "POST", headers: new Headers({ "Next-Action": "abc" }) })).toBe(
      true,
    );
    expect(isServerActionRequest({ method: "GET", headers: new Headers({ "Next-Action": "abc" }) })).toBe(
      false,
    );
    expect(isServerActionRequest({ method: "POST", headers: new Headers() })).toBe(false);
  });

  it("returns after sign-in only to a local page, never to another site", () => {
    expect(safeNextPath("/ledgers?page=2")).toBe("/ledgers?page=2");
    expect(safeNextPath("https://evil.example.com")).toBe("/balances");
    expect(safeNextPath("//evil.example.com/x")).toBe("/balances");
    expect(safeNextPath("/\\evil.example.com")).toBe("/balances");
    expect(safeNextPath("/sign-in?next=/x")).toBe("/balances");
    expect(safeNextPath(null)).toBe("/balances");
  });
});
