import { describe, expect, it } from "vitest";
import {
  CLOCK_SKEW_MS,
  type CreateTransactionFormValues,
  createTransactionSchema,
  emptyCreateTransactionForm,
  MAX_DESCRIPTION_LENGTH,
  MAX_REFERENCE_LENGTH,
  newReference,
} from "./schema";

// The one schema the "Create transaction" form and its server actions share: what it accepts, how it
// normalises, and the message each refusal carries.

const VALID: CreateTransactionFormValues = {
  ...emptyCreateTransactionForm(),
  amount: "12.34",
  currency: "USD",
  source: "bln_source-1",
  destination: "@treasury",
  description: "Payout",
  reference: "ref_1",
};

function parse(values: Partial<CreateTransactionFormValues>) {
  return createTransactionSchema.safeParse({ ...VALID, ...values });
}

/** The first message per field path ("metadata.1.key"), as the form shows them. */
function errors(values: Partial<CreateTransactionFormValues>): Record<string, string> {
  const result = parse(values);
  if (result.success) throw new Error(`expected ${JSON.stringify(values)} to be refused`);
  const found: Record<string, string> = {};
  for (const issue of result.error.issues) found[issue.path.join(".")] ??= issue.message;
  return found;
}

const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString();

describe("createTransactionSchema", () => {
  it("accepts a complete form and trims what it normalises, keeping the amount as typed text", () => {
    const result = parse({
      amount: " 0012.30 ",
      currency: " usd ",
      source: "  bln_source-1 ",
      destination: " @treasury ",
      description: "  Payout  ",
      reference: " ref_1 ",
    });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      // Only the server knows the precision, so the amount is still the person's text here.
      amount: " 0012.30 ",
      currency: "USD",
      source: "bln_source-1",
      destination: "@treasury",
      description: "Payout",
      reference: "ref_1",
      allowOverdraft: false,
      inflight: false,
      inflightExpiry: "",
      effectiveDate: "",
      metadata: [],
    });
  });

  it("does not judge the amount: the server turns it into minor units with the currency's precision", () => {
    for (const amount of ["", "abc", "-5", "1e5", "1.234,56"]) expect(parse({ amount }).success).toBe(true);
    expect(errors({ amount: "1".repeat(201) })).toEqual({ amount: "That amount is too long." });
  });

  it("takes a balance ID or an @indicator as either party", () => {
    for (const party of ["bln_0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", "bln_x", "@world", "@Ops.Fees-2026"]) {
      expect(parse({ source: party, destination: "@other" }).success).toBe(true);
      expect(parse({ source: "@other", destination: party }).success).toBe(true);
    }
  });

  it("names what is wrong with a party, at its own field", () => {
    expect(errors({ source: " " })).toEqual({
      source: "Choose the source balance, or paste a balance ID or @indicator.",
    });
    expect(errors({ destination: "" })).toEqual({
      destination: "Choose the destination balance, or paste a balance ID or @indicator.",
    });
    const shape = "Enter a balance ID (bln_…) or an @indicator, or choose a balance from the list.";
    for (const bad of ["world", "bln_", "bln_a b", "@", "@two words", "ldg_123", "txn_1"]) {
      expect(errors({ source: bad })).toEqual({ source: shape });
    }
    expect(errors({ destination: `@${"x".repeat(200)}` })).toEqual({
      destination: "That is too long for a balance ID or indicator.",
    });
  });

  it("refuses a transfer from a balance to itself, at the destination", () => {
    expect(errors({ source: "bln_same", destination: " bln_same " })).toEqual({
      destination: "The destination must be a different balance from the source.",
    });
    expect(errors({ source: "@ops", destination: "@ops" })).toEqual({
      destination: "The destination must be a different balance from the source.",
    });
  });

  it("needs a currency and a description", () => {
    expect(errors({ currency: "" })).toEqual({ currency: "Enter a currency, such as USD." });
    expect(errors({ currency: "US D" })).toEqual({ currency: "A currency code has no spaces." });
    expect(errors({ description: "   " })).toEqual({
      description: "Enter a description: Blnk requires one.",
    });
    expect(errors({ description: "x".repeat(MAX_DESCRIPTION_LENGTH + 1) })).toEqual({
      description: `Use at most ${MAX_DESCRIPTION_LENGTH} characters.`,
    });
    expect(parse({ description: "x".repeat(MAX_DESCRIPTION_LENGTH) }).success).toBe(true);
  });

  it("keeps references that a URL path and Blnk's lookup by reference can carry", () => {
    expect(errors({ reference: " " })).toEqual({ reference: "Enter a reference." });
    const shape = "Use a reference without spaces or / \\ ? # %.";
    for (const bad of ["two words", "a/b", "a\\b", "a?b", "a#b", "100%", "tab\there"]) {
      expect(errors({ reference: bad })).toEqual({ reference: shape });
    }
    expect(errors({ reference: "r".repeat(MAX_REFERENCE_LENGTH + 1) })).toEqual({
      reference: `Use at most ${MAX_REFERENCE_LENGTH} characters.`,
    });
    for (const good of ["r".repeat(MAX_REFERENCE_LENGTH), "INV-2026.001", "ldt_x:y@z", newReference()]) {
      expect(parse({ reference: good }).success).toBe(true);
    }
  });

  it("takes an effective date in the past only, allowing for a browser clock a little ahead", () => {
    expect(parse({ effectiveDate: isoIn(-86_400_000) }).success).toBe(true);
    expect(parse({ effectiveDate: isoIn(CLOCK_SKEW_MS / 2) }).success).toBe(true);
    expect(errors({ effectiveDate: isoIn(CLOCK_SKEW_MS + 60_000) })).toEqual({
      effectiveDate: "The effective date must be in the past.",
    });
    expect(errors({ effectiveDate: "yesterday-ish" })).toEqual({
      effectiveDate: "Enter a valid date and time.",
    });
  });

  it("takes an inflight expiry in the future, and ignores it when the transaction is not a hold", () => {
    expect(parse({ inflight: true, inflightExpiry: isoIn(3_600_000) }).success).toBe(true);
    expect(parse({ inflight: true, inflightExpiry: "" }).success).toBe(true);
    expect(errors({ inflight: true, inflightExpiry: isoIn(-1000) })).toEqual({
      inflightExpiry: "The expiry must be in the future.",
    });
    expect(parse({ inflight: false, inflightExpiry: isoIn(-1000) }).success).toBe(true);
    expect(errors({ inflight: true, inflightExpiry: "soon" })).toEqual({
      inflightExpiry: "Enter a valid date and time.",
    });
  });

  it("checks metadata rows with the shared rules, naming the transaction", () => {
    expect(
      errors({
        metadata: [
          { key: "invoice", value: "1" },
          { key: "created_by", value: "someone-else" },
          { key: "ledger_desk_request_id", value: "forged" },
          { key: "2fast", value: "x" },
          { key: "invoice", value: "2" },
          { key: "", value: "orphan" },
        ],
      }),
    ).toEqual({
      "metadata.1.key": "created_by is filled in by Ledger Desk with who created the transaction.",
      "metadata.2.key": "Keys starting with ledger_desk_ are reserved.",
      "metadata.3.key": "Start with a letter; use only letters, digits and _.",
      "metadata.4.key": "This key is already used above.",
      "metadata.5.key": "Enter a key for this value.",
    });
    // An empty row is ignored.
    expect(parse({ metadata: [{ key: " ", value: " " }] }).success).toBe(true);
  });

  it("refuses values of the wrong type (a tampered request) without throwing", () => {
    expect(createTransactionSchema.safeParse("amount=1").success).toBe(false);
    expect(parse({ allowOverdraft: "yes" as never }).success).toBe(false);
    expect(parse({ metadata: null as never }).success).toBe(false);
  });
});

describe("emptyCreateTransactionForm", () => {
  it("starts empty with a fresh reference each time, and takes a preset", () => {
    const first = emptyCreateTransactionForm();
    const second = emptyCreateTransactionForm({ source: "bln_a", currency: "EUR" });
    expect(first.reference).toMatch(
      /^ldt_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(second.reference).not.toBe(first.reference);
    expect(second).toMatchObject({ source: "bln_a", destination: "", currency: "EUR", amount: "" });
    // The generated reference passes the form's own rule.
    expect(parse({ reference: first.reference }).success).toBe(true);
  });
});
