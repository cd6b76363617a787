import { describe, expect, it, vi } from "vitest";
import { countText, NO_TOTAL_REASON, recordCountOf, settleCount } from "./count";

const BALANCES = { one: "balance", many: "balances" };

describe("list counts", () => {
  it("says the exact total, singular or plural", () => {
    expect(countText(1_000_000, BALANCES)).toBe("1,000,000 balances");
    expect(countText(1, BALANCES)).toBe("1 balance");
    expect(countText(0, BALANCES, 2)).toBe("0 balances");
  });

  it("says the count is unavailable rather than show a number it does not have", () => {
    expect(countText(null, BALANCES, 3)).toBe("Page 3 · count unavailable");
    expect(countText(null, BALANCES)).toBe("Count unavailable");
  });
});

describe("a count shown on its own", () => {
  const refused = {
    ok: false as const,
    error: {
      status: 403,
      code: "AUTH_INSUFFICIENT_PERMISSIONS",
      message: "Insufficient permissions for balances:read",
      userMessage: "Your Blnk API key lacks balances:read.",
      kind: "forbidden" as const,
    },
  };

  it("is the number Blnk gave, 0 included", () => {
    expect(recordCountOf({ ok: true, data: 2 })).toEqual({ count: 2 });
    expect(recordCountOf({ ok: true, data: 0 })).toEqual({ count: 0 });
  });

  it("is a reason, never a number, when Blnk gave no total or failed", () => {
    expect(recordCountOf({ ok: true, data: null })).toEqual({ count: null, reason: NO_TOTAL_REASON });
    expect(recordCountOf(refused)).toEqual({
      count: null,
      reason: "Not counted: Your Blnk API key lacks balances:read.",
    });
  });

  it("settles even when the call throws something that is not a Blnk failure (the page stays up)", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(settleCount(Promise.reject(new TypeError("bug")))).resolves.toEqual({
      count: null,
      reason: "Not counted: the count failed.",
    });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('"event":"count_failed"'));
    error.mockRestore();
    await expect(settleCount(Promise.resolve({ ok: true, data: 5 }))).resolves.toEqual({ count: 5 });
  });
});
