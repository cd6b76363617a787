import { describe, expect, it } from "vitest";
import { postgresEncodingProblem, routeSegments, unescapeGoPath } from "./path";

const bytes = (...values: number[]) => Uint8Array.from(values);
const texts = (path: string) => routeSegments(path)?.map((segment) => segment.text);

describe("unescapeGoPath", () => {
  it("decodes %XX to bytes and refuses a malformed escape, as Go's url package (path mode)", () => {
    expect(unescapeGoPath("/a%2Fb%20c+")).toEqual(new TextEncoder().encode("/a/b c+"));
    expect(unescapeGoPath("/%ff%00")).toEqual(bytes(0x2f, 0xff, 0x00));
    for (const bad of ["/%", "/%Z1", "/%1", "/a%g0"]) expect(unescapeGoPath(bad)).toBeNull();
  });
});

describe("routeSegments", () => {
  it("splits the unescaped path at every slash and drops trailing empty segments", () => {
    expect(texts("/transactions/a%2Fb")).toEqual(["", "transactions", "a", "b"]);
    expect(texts("/transactions/abc/")).toEqual(["", "transactions", "abc"]);
    expect(texts("/transactions/abc%2F")).toEqual(["", "transactions", "abc"]);
    expect(texts("/transaction%73/%C3%BC")).toEqual(["", "transactions", "ü"]);
    expect(routeSegments("/x/%FF")?.[2]).toEqual({ text: "\uFFFD", bytes: bytes(0xff) });
    expect(routeSegments("/x/%ZZ")).toBeNull();
  });
});

describe("postgresEncodingProblem", () => {
  it("names the first sequence Postgres's UTF-8 verifier refuses, as report_invalid_encoding does", () => {
    const problem = (...values: number[]) => postgresEncodingProblem(bytes(...values));
    const message = (shown: string) => `invalid byte sequence for encoding "UTF8": ${shown}`;
    expect(postgresEncodingProblem(new TextEncoder().encode("txn_ü€😀"))).toBeNull();
    expect(problem(0x61, 0x00, 0x62)).toBe(message("0x00"));
    expect(problem(0xff)).toBe(message("0xff"));
    expect(problem(0x80, 0x41)).toBe(message("0x80"));
    expect(problem(0xc3, 0x28)).toBe(message("0xc3 0x28"));
    expect(problem(0xc0, 0x80)).toBe(message("0xc0 0x80")); // overlong
    expect(problem(0xed, 0xa0, 0x80)).toBe(message("0xed 0xa0 0x80")); // a UTF-16 surrogate
    expect(problem(0xf4, 0x90, 0x80, 0x80)).toBe(message("0xf4 0x90 0x80 0x80")); // past U+10FFFF
    expect(problem(0x41, 0xe2, 0x82)).toBe(message("0xe2 0x82")); // cut short
  });
});
