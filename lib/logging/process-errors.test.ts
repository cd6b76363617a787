import { describe, expect, it } from "vitest";
import { processErrorLine, redact } from "./process-errors";

const KEY = "ldk-e2e-canary-key-3f9c2a7d51";

describe("processErrorLine", () => {
  it("is one JSON line with the event, the error's name and message, and no stack", () => {
    const error = new TypeError("fetch failed");
    const line = processErrorLine("unhandled_rejection", error, [KEY]);
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      level: "error",
      event: "unhandled_rejection",
      name: "TypeError",
      message: "fetch failed",
    });
  });

  it("masks the Blnk key and URL credentials wherever they appear", () => {
    const error = Object.assign(
      new Error(`request to https://admin:hunter22@blnk.internal/balances failed with X-Blnk-Key ${KEY}`),
      { code: "ECONNRESET" },
    );
    const line = processErrorLine("uncaught_exception", error, [KEY]);
    expect(line).not.toContain(KEY);
    expect(line).not.toContain("hunter22");
    expect(JSON.parse(line)).toMatchObject({
      event: "uncaught_exception",
      code: "ECONNRESET",
      message: "request to https://***@blnk.internal/balances failed with X-Blnk-Key ***",
    });
  });

  it("never prints a rejected non-Error object, which could be a config holding the key", () => {
    const line = processErrorLine("unhandled_rejection", { apiKey: KEY, headers: { "X-Blnk-Key": KEY } }, [
      KEY,
    ]);
    expect(line).not.toContain(KEY);
    expect(JSON.parse(line)).toMatchObject({ name: "object", message: "non-error Object" });
    expect(JSON.parse(processErrorLine("unhandled_rejection", `boom ${KEY}`, [KEY])).message).toBe(
      "boom ***",
    );
  });

  it("caps long messages", () => {
    const line = processErrorLine("uncaught_exception", new Error("x".repeat(5_000)));
    expect(JSON.parse(line).message).toHaveLength(501);
  });
});

describe("redact", () => {
  it("leaves text alone when there is no key configured or it is too short to mask safely", () => {
    expect(redact("GET /balances", [undefined, ""])).toBe("GET /balances");
    expect(redact("a b c", ["a"])).toBe("a b c");
  });
});
