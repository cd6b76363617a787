import { describe, expect, it } from "vitest";
import { prettyJson } from "./pretty-json";

describe("prettyJson", () => {
  it("prints like JSON.stringify(value, null, 2) for plain JSON", () => {
    const value = { a: 1, b: [true, null, "x"], c: { d: [], e: {} }, 'quote"key': "line\nbreak", f: -0.5 };
    expect(prettyJson(value)).toBe(JSON.stringify(value, null, 2));
  });

  it("writes bigints as their exact bare digits, at any depth", () => {
    const big = 10000000000000000000000000000000000000001n;
    expect(prettyJson({ huge: big, list: [-big] })).toBe(
      `{\n  "huge": ${big},\n  "list": [\n    -${big}\n  ]\n}`,
    );
  });

  it("leaves out undefined object members and prints undefined array items as null, like JSON", () => {
    expect(prettyJson({ a: undefined, b: [undefined] })).toBe('{\n  "b": [\n    null\n  ]\n}');
  });

  it("prints top-level scalars", () => {
    expect(prettyJson(12n)).toBe("12");
    expect(prettyJson("x")).toBe('"x"');
    expect(prettyJson(null)).toBe("null");
  });

  it("refuses a circular structure instead of recursing forever", () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => prettyJson(loop)).toThrow(/circular/);
  });

  it("allows the same object twice when it is not circular", () => {
    const shared = { n: 1 };
    expect(prettyJson([shared, shared])).toBe(JSON.stringify([shared, shared], null, 2));
  });
});
