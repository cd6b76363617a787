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

  it("returns after sign-in only to a local page, never to another site", () => {
    expect(safeNextPath("/ledgers?page=2")).toBe("/ledgers?page=2");
    expect(safeNextPath("https://evil.example.com")).toBe("/balances");
    expect(safeNextPath("//evil.example.com/x")).toBe("/balances");
    expect(safeNextPath("/\\evil.example.com")).toBe("/balances");
    expect(safeNextPath("/sign-in?next=/x")).toBe("/balances");
    expect(safeNextPath(null)).toBe("/balances");
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

  it("keeps a same-origin path as the browser parsed it, percent-encoded for a Location header", () => {
    expect(safeNextPath("/identities?q=ada lovelace#top")).toBe("/identities?q=ada%20lovelace#top");
    expect(safeNextPath("/ledgers/../balances?page=2")).toBe("/balances?page=2");
    // Encoded characters stay encoded: the browser does not strip them, so they cannot change the host.
    expect(safeNextPath("/%09/evil.example.com")).toBe("/%09/evil.example.com");
    expect(safeNextPath("/%2F%2Fevil.example.com")).toBe("/%2F%2Fevil.example.com");
    expect(safeNextPath("/./sign-in")).toBe("/balances");
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
