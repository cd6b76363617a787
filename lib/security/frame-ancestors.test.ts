import { describe, expect, it } from "vitest";
import { framingHeaders, parseAllowedOrigins } from "./frame-ancestors";

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

describe("framingHeaders", () => {
  const allowed = ["https://crm.example.com"];

  it("lets only the allowed origins frame the embed pages", () => {
    expect(framingHeaders("/embed/identities/idt_1", allowed)).toEqual({
      "Content-Security-Policy": "frame-ancestors https://crm.example.com",
    });
  });

  it("refuses framing of every other page, and of embed pages when no origin is allowed", () => {
    const refuse = { "Content-Security-Policy": "frame-ancestors 'none'", "X-Frame-Options": "DENY" };
    expect(framingHeaders("/balances", allowed)).toEqual(refuse);
    expect(framingHeaders("/embedded", allowed)).toEqual(refuse);
    expect(framingHeaders("/embed/identities/idt_1", [])).toEqual(refuse);
  });
});
