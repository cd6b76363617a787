import { describe, expect, it } from "vitest";
import {
  createBalanceSchema,
  emptyCreateBalanceForm,
  METADATA_LIMITS,
  metadataObject,
  normalizeCurrency,
} from "./schema";

const valid = () => ({ ...emptyCreateBalanceForm(), ledgerId: "ldg_1", currency: "usd" });
const errorsOf = (input: unknown) => {
  const result = createBalanceSchema.safeParse(input);
  // The form shows the first message of each field, as react-hook-form's resolver does.
  const errors: Record<string, string> = {};
  if (!result.success)
    for (const issue of result.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return errors;
};

describe("createBalanceSchema", () => {
  it("accepts a ledger and a currency, upper-casing ISO codes and known crypto", () => {
    const parsed = createBalanceSchema.parse(valid());
    expect(parsed.currency).toBe("USD");
    expect(parsed.allocationStrategy).toBe("FIFO");
    expect(normalizeCurrency(" eth ")).toBe("ETH");
    expect(normalizeCurrency("Points")).toBe("Points"); // a custom asset stays as typed
  });

  it("requires a ledger and a currency, in plain words", () => {
    expect(errorsOf({ ...valid(), ledgerId: " ", currency: "" })).toEqual({
      ledgerId: "Choose a ledger, or paste a ledger ID.",
      currency: "Enter a currency, such as USD.",
    });
    expect(errorsOf({ ...valid(), currency: "US D" })).toEqual({
      currency: "A currency code has no spaces.",
    });
    expect(errorsOf({ ...valid(), ledgerId: "ldg_1; drop" })).toHaveProperty("ledgerId");
  });

  it("needs an identity when lineage is on, and an owner with lineage", () => {
    expect(errorsOf({ ...valid(), trackFundLineage: true, assignOwner: true })).toEqual({
      identityId: "Choose an identity: lineage tracking needs an owner.",
    });
    expect(errorsOf({ ...valid(), trackFundLineage: true, assignOwner: false, identityId: "idt_1" })).toEqual(
      {
        assignOwner: "Lineage tracking needs an owner.",
      },
    );
    expect(errorsOf({ ...valid(), assignOwner: true })).toEqual({
      identityId: "Choose an identity, or turn off the owner.",
    });
    const lifo = createBalanceSchema.parse({
      ...valid(),
      trackFundLineage: true,
      assignOwner: true,
      identityId: "idt_1",
      allocationStrategy: "LIFO",
    });
    expect(lifo.allocationStrategy).toBe("LIFO");
    expect(errorsOf({ ...valid(), allocationStrategy: "RANDOM" })).toHaveProperty("allocationStrategy");
  });

  it("validates metadata keys and ignores empty rows", () => {
    expect(
      errorsOf({
        ...valid(),
        metadata: [
          { key: "", value: "" },
          { key: "", value: "orphan" },
          { key: "2fast", value: "x" },
          { key: "ledger_desk_request_id", value: "x" },
          { key: "tier", value: "1" },
          { key: "tier", value: "2" },
        ],
      }),
    ).toEqual({
      "metadata.1.key": "Enter a key for this value.",
      "metadata.2.key": "Start with a letter; use only letters, digits and _.",
      "metadata.3.key": "Keys starting with ledger_desk_ are reserved.",
      "metadata.5.key": "This key is already used above.",
    });
    expect(
      metadataObject([
        { key: " tier ", value: "gold" },
        { key: "", value: "" },
      ]),
    ).toEqual({ tier: "gold" });
  });

  it("needs a request ID so retries can be recognised", () => {
    expect(errorsOf({ ...valid(), requestId: "not-a-uuid" })).toHaveProperty("requestId");
    expect(emptyCreateBalanceForm().requestId).not.toBe(emptyCreateBalanceForm().requestId);
  });

  it("accepts currency codes of printable ASCII letters, digits and _-. only", () => {
    for (const currency of ["USD", "usdc.e", "POINTS_2026", "x-gold", "ETH"]) {
      expect(errorsOf({ ...valid(), currency }), currency).not.toHaveProperty("currency");
    }
    for (const currency of ["US\u200bD", "USD\u202e", "💵", "ÜSD", "US$", "U/SD", "\u0000USD"]) {
      expect(errorsOf({ ...valid(), currency }), JSON.stringify(currency)).toHaveProperty(
        "currency",
        "Use only letters A–Z, digits and _ - . in a currency code.",
      );
    }
  });

  it("caps metadata: keys, key and value length, and the whole", () => {
    const rows = (n: number, value = "v") => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value }));
    expect(errorsOf({ ...valid(), metadata: rows(METADATA_LIMITS.entries) })).toEqual({});
    expect(errorsOf({ ...valid(), metadata: rows(METADATA_LIMITS.entries + 1) })).toHaveProperty("metadata");
    expect(errorsOf({ ...valid(), metadata: [{ key: `k${"x".repeat(128)}`, value: "v" }] })).toHaveProperty(
      "metadata.0.key",
      "Use at most 128 characters in a key.",
    );
    expect(errorsOf({ ...valid(), metadata: [{ key: "note", value: "é".repeat(4097) }] })).toHaveProperty(
      "metadata.0.value",
      "Use at most 4096 characters in a value.",
    );
    // Nine values of 4 KB each are 36 KB together: over the 32 KB cap on the whole.
    expect(errorsOf({ ...valid(), metadata: rows(9, "x".repeat(4096)) })).toHaveProperty(
      "metadata",
      expect.stringContaining("keep it under 32 KB"),
    );
    expect(errorsOf({ ...valid(), metadata: rows(7, "x".repeat(4096)) })).toEqual({});
  });
});
