import { describe, expect, it } from "vitest";
import { isPublicPath, isServerActionRequest, safeNextPath, sessionLookup } from "./gate";

describe("the sign-in gate's rules", () => {
  it("lets only the sign-in page, the sign-in endpoints and the app icons through without a session", () => {
    expect(isPublicPath("/sign-in")).toBe(true);
    expect(isPublicPath("/api/auth/sign-in/email")).toBe(true);
    expect(isPublicPath("/favicon.ico")).toBe(true);
    expect(isPublicPath("/icon.svg")).toBe(true);
    expect(isPublicPath("/icon.svg/balances")).toBe(false);
    expect(isPublicPath("/favicon.icons")).toBe(false);
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

  it.each([
    // After sign-in, only to a local page, never to another site.
    ["/ledgers?page=2", "/ledgers?page=2"],
    ["https://evil.example.com", "/balances"],
    ["//evil.example.com/x", "/balances"],
    ["/\\evil.example.com", "/balances"],
    ["/sign-in?next=/x", "/balances"],
    [null, "/balances"],
    // A same-origin path as the browser parsed it, percent-encoded for a Location header.
    ["/identities?q=ada lovelace#top", "/identities?q=ada%20lovelace#top"],
    ["/ledgers/../balances?page=2", "/balances?page=2"],
    // Encoded characters stay encoded: the browser does not strip them, so they cannot change the host.
    ["/%09/evil.example.com", "/%09/evil.example.com"],
    ["/%2F%2Fevil.example.com", "/%2F%2Fevil.example.com"],
    ["/./sign-in", "/balances"],
  ])("returns after sign-in from next=%j to %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it("refuses what browsers would turn into another host: tabs, newlines, backslashes, odd spaces", () => {
    for (const next of [
      "/\t/evil.example.com",
      "/\n/evil.example.com",
      "/\r/evil.example.com",
      "/\t\\evil.example.com",
      "/\\\tevil.example.com",
      "\t//evil.example.com",
      "/%09/evil.example.com".replace("%09", "\t"),
      "/ledgers\r\nSet-Cookie: x=1",
      "/ledgers\u0000",
      "/\u00a0/evil.example.com",
      "/\u2028/evil.example.com",
      "/\ufeff/evil.example.com",
      "/\u200b/evil.example.com",
    ]) {
      expect(safeNextPath(next), JSON.stringify(next)).toBe("/balances");
    }
  });

  it("checks a prefetch's session without extending it (a prefetch is not the person using the dashboard)", () => {
    expect(sessionLookup(new Headers({ "Next-Router-Prefetch": "1" })).query.disableRefresh).toBe(true);
    expect(
      sessionLookup(new Headers({ "Next-Router-Segment-Prefetch": "/_tree" })).query.disableRefresh,
    ).toBe(true);
    expect(sessionLookup(new Headers({ RSC: "1" })).query.disableRefresh).toBe(false);
    expect(sessionLookup(new Headers()).query.disableRefresh).toBe(false);
  });
});
