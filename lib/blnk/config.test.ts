import { describe, expect, it } from "vitest";
import { describeBlnkConfig, getBlnkConfig } from "./config";
import { BlnkConfigError } from "./errors";

const SECRET = "sk_live_very_secret_value_42";

function configError(env: Record<string, string | undefined>): BlnkConfigError {
  try {
    getBlnkConfig(env);
  } catch (error) {
    if (error instanceof BlnkConfigError) return error;
    throw error;
  }
  throw new Error("expected getBlnkConfig to throw");
}

describe("getBlnkConfig", () => {
  it("defaults to the embedded ledger on 127.0.0.1:5001", () => {
    expect(getBlnkConfig({})).toEqual({
      baseUrl: "http://127.0.0.1:5001",
      apiKey: undefined,
      timeoutMs: 10_000,
      isEmbedded: true,
    });
  });

  it("uses LEDGER_PORT for the embedded ledger, and treats empty values as unset", () => {
    const config = getBlnkConfig({ LEDGER_PORT: "5123", BLNK_URL: "", BLNK_API_KEY: "" });
    expect(config.baseUrl).toBe("http://127.0.0.1:5123");
    expect(config.isEmbedded).toBe(true);
    expect(config.apiKey).toBeUndefined();
  });

  it("reads an external URL, key and timeout, dropping trailing slashes", () => {
    const config = getBlnkConfig({
      BLNK_URL: "https://blnk.example.com/core/",
      BLNK_API_KEY: SECRET,
      BLNK_TIMEOUT_MS: "2500",
    });
    expect(config).toEqual({
      baseUrl: "https://blnk.example.com/core",
      apiKey: SECRET,
      timeoutMs: 2500,
      isEmbedded: false,
    });
  });

  it("re-reads a changed env instead of returning a stale cached config", () => {
    expect(getBlnkConfig({ BLNK_URL: "http://a.test:1" }).baseUrl).toBe("http://a.test:1");
    expect(getBlnkConfig({ BLNK_URL: "http://b.test:2" }).baseUrl).toBe("http://b.test:2");
    const env = { BLNK_URL: "http://c.test:3" };
    expect(getBlnkConfig(env)).toBe(getBlnkConfig({ ...env }));
  });

  it.each([
    ["foo", 'BLNK_URL must be an http(s) URL such as http://localhost:5001 (got "foo")'],
    [
      "ftp://blnk.test",
      'BLNK_URL must be an http(s) URL such as http://localhost:5001 (got "ftp://blnk.test")',
    ],
    [
      "http://blnk.test/?x=1",
      'BLNK_URL must not contain a query string or fragment (got "http://blnk.test/?x=1")',
    ],
  ])("rejects BLNK_URL=%s in plain words", (value, message) => {
    const error = configError({ BLNK_URL: value });
    expect(error.variable).toBe("BLNK_URL");
    expect(error.message).toBe(message);
  });

  it.each(["abc", "0", "-5", "1.5", "99999999999"])("rejects BLNK_TIMEOUT_MS=%s", (value) => {
    const error = configError({ BLNK_TIMEOUT_MS: value });
    expect(error.variable).toBe("BLNK_TIMEOUT_MS");
    expect(error.message).toBe(
      `BLNK_TIMEOUT_MS must be a whole number of milliseconds greater than 0, such as 10000 (got "${value}")`,
    );
  });

  it("rejects credentials in BLNK_URL without echoing them", () => {
    const error = configError({ BLNK_URL: "https://admin:hunter2@blnk.test" });
    expect(error.message).toBe(
      'BLNK_URL must not contain a user name or password (put the key in BLNK_API_KEY) (got "https://blnk.test")',
    );
  });

  it("rejects a bad LEDGER_PORT", () => {
    expect(configError({ LEDGER_PORT: "70000" }).message).toBe(
      'LEDGER_PORT must be a port number between 1 and 65535 (got "70000")',
    );
  });

  it("never puts the API key in an error message", () => {
    const badKey = configError({ BLNK_API_KEY: `${SECRET}\nX-Injected: 1` });
    expect(badKey.variable).toBe("BLNK_API_KEY");
    expect(badKey.message).toContain("BLNK_API_KEY must contain only printable ASCII");
    expect(badKey.message).not.toContain(SECRET);

    // The key pasted into the wrong variable must not leak through the "got" part either.
    const pasted = configError({ BLNK_URL: SECRET, BLNK_API_KEY: SECRET });
    expect(pasted.message).not.toContain(SECRET);
    expect(pasted.message).toContain("[redacted]");
  });
});

describe("describeBlnkConfig", () => {
  it("summarizes without the key", () => {
    const summary = describeBlnkConfig({ BLNK_URL: "https://blnk.test/", BLNK_API_KEY: SECRET });
    expect(summary).toBe("Blnk at https://blnk.test (external Blnk, API key set, timeout 10000 ms)");
    expect(summary).not.toContain(SECRET);
    expect(describeBlnkConfig(getBlnkConfig({}))).toBe(
      "Blnk at http://127.0.0.1:5001 (embedded ledger, no API key, timeout 10000 ms)",
    );
  });
});
