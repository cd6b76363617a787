import { describe, expect, it } from "vitest";
import { hostRule, isAllowedHost, parseAllowedHosts } from "./hosts";

describe("which Host a request may name", () => {
  it("in demo mode, only loopback names, on any port", () => {
    const rule = hostRule({ mode: "demo" }, []);
    for (const host of ["127.0.0.1:3000", "localhost:3000", "[::1]:3000", "127.0.0.1", "LOCALHOST:80"]) {
      expect(isAllowedHost(host, rule), host).toBe(true);
    }
    for (const host of [
      "evil.example.com",
      "evil.example.com:3000",
      "127.0.0.1.nip.io:3000",
      "0.0.0.0:3000",
      null,
      "",
    ]) {
      expect(isAllowedHost(host, rule), String(host)).toBe(false);
    }
  });

  it("with sign-in on, AUTH_URL's host and ALLOWED_HOSTS only", () => {
    const rule = hostRule(
      { mode: "sign-in", baseUrl: "https://desk.example.com" },
      parseAllowedHosts("desk-internal:8443, health.local"),
    );
    expect(isAllowedHost("desk.example.com", rule)).toBe(true);
    expect(isAllowedHost("desk.example.com:443", rule)).toBe(true);
    expect(isAllowedHost("desk.example.com:8080", rule)).toBe(false);
    expect(isAllowedHost("desk-internal:8443", rule)).toBe(true);
    expect(isAllowedHost("desk-internal:9000", rule)).toBe(false);
    expect(isAllowedHost("health.local:1234", rule)).toBe(true);
    expect(isAllowedHost("127.0.0.1:3000", rule)).toBe(false);
    expect(isAllowedHost("evil.example.com", rule)).toBe(false);
  });

  it("refuses an ALLOWED_HOSTS entry with a scheme or path, naming it", () => {
    expect(() => parseAllowedHosts("https://desk.example.com")).toThrow(/ALLOWED_HOSTS: "https/);
    expect(() => parseAllowedHosts("desk/x")).toThrow(/ALLOWED_HOSTS/);
  });
});
