import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./csp";
import { frameAncestors, parseAllowedOrigins } from "./frame-ancestors";

describe("EMBED_ALLOWED_ORIGINS", () => {
  it("parses origins separated by commas or spaces", () => {
    expect(parseAllowedOrigins("https://crm.example.com, http://localhost:8080 ")).toEqual([
      "https://crm.example.com",
      "http://localhost:8080",
    ]);
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    expect(parseAllowedOrigins("https://crm.example.com/")).toEqual(["https://crm.example.com"]);
  });

  it("rejects anything that is not a bare http(s) origin, naming the variable", () => {
    expect(() => parseAllowedOrigins("crm.example.com")).toThrow(/EMBED_ALLOWED_ORIGINS: "crm.example.com"/);
    expect(() => parseAllowedOrigins("https://crm.example.com/customers")).toThrow(/bare origin/);
    expect(() => parseAllowedOrigins("ftp://files.example.com")).toThrow(/bare origin/);
    expect(() => parseAllowedOrigins("*")).toThrow(/EMBED_ALLOWED_ORIGINS/);
  });
});

describe("frameAncestors", () => {
  const allowed = ["https://crm.example.com"];

  it("lets only the allowed origins frame the embed pages", () => {
    expect(frameAncestors("/embed/identities/idt_1", allowed)).toEqual({
      sources: "https://crm.example.com",
      denyHeader: false,
    });
  });

  it("refuses framing of every other page, and of embed pages when no origin is allowed", () => {
    const refuse = { sources: "'none'", denyHeader: true };
    expect(frameAncestors("/balances", allowed)).toEqual(refuse);
    expect(frameAncestors("/embedded", allowed)).toEqual(refuse);
    expect(frameAncestors("/embed/identities/idt_1", [])).toEqual(refuse);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce, never eval, and carries the framing rule", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", frameAncestors: "'none'" });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("gives each response a different nonce", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
