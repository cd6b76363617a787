import { LosslessNumber, parse } from "lossless-json";
import { describe, expect, it } from "vitest";
import {
  type AuditEntry,
  canonicalJson,
  entryHash,
  GENESIS_HASH,
  type StoredAuditEntry,
  verifyEntries,
} from "./chain";
import { redactForAudit } from "./redact";

const entry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  at: 1_780_000_000_000,
  actorId: "usr_1",
  actorEmail: "ops@example.com",
  actorRole: "operator",
  clientAddress: "10.0.0.7",
  action: "balance.create",
  recordType: "balance",
  recordId: null,
  request: canonicalJson({ currency: "USD", amount: 2n ** 70n }),
  outcome: "attempted",
  attemptSeq: null,
  ...overrides,
});

function chain(entries: AuditEntry[]): StoredAuditEntry[] {
  let prevHash = GENESIS_HASH;
  return entries.map((item, index) => {
    const seq = index + 1;
    const hash = entryHash(prevHash, seq, item);
    const stored = { ...item, seq, prevHash, hash };
    prevHash = hash;
    return stored;
  });
}

describe("canonical JSON", () => {
  it("sorts keys at every level, drops undefined, keeps bigint digits exact", () => {
    expect(canonicalJson({ b: 1, a: { d: [2n ** 65n, "x"], c: null }, e: undefined })).toBe(
      '{"a":{"c":null,"d":[36893488147419103232,"x"]},"b":1}',
    );
    expect(canonicalJson({ z: 1, a: 2 })).toBe(canonicalJson({ a: 2, z: 1 }));
  });

  it("writes a typed metadata number (a LosslessNumber) as its own digits, through the redaction", () => {
    const digits = "123456789012345678901234567890.50";
    const request = redactForAudit({
      meta_data: { limit: new LosslessNumber(digits), nested: [parse("1e400")] },
    });
    expect(canonicalJson(request)).toBe(`{"meta_data":{"limit":${digits},"nested":[1e400]}}`);
    const keyed = redactForAudit(parse('{"__proto__": {"admin": true}}'));
    expect(Object.keys(keyed as object)).toEqual(["__proto__"]);
    expect((keyed as { admin?: boolean }).admin).toBeUndefined();
  });
});

describe("the hash chain", () => {
  const stored = chain([entry(), entry({ outcome: "ok", recordId: "bln_1", attemptSeq: 1 }), entry()]);

  it("verifies an untouched chain", () => {
    expect(verifyEntries(stored)).toMatchObject({ ok: true, checked: 3 });
  });

  it("names the entry whose content was changed", () => {
    const edited = stored.map((item) => (item.seq === 2 ? { ...item, recordId: "bln_other" } : item));
    expect(verifyEntries(edited)).toMatchObject({ ok: false, brokenSeq: 2, checked: 1 });
  });

  it("names the entry after one that was removed", () => {
    expect(verifyEntries([stored[0], stored[2]].filter((item) => item !== undefined))).toMatchObject({
      ok: false,
      brokenSeq: 3,
    });
  });

  it("catches a rewritten entry whose own hash was recomputed: the next one no longer chains", () => {
    const [first, second, third] = stored;
    if (!first || !second || !third) throw new Error("three entries expected");
    const forged = { ...second, outcome: "ok-but-forged" };
    forged.hash = entryHash(first.hash, 2, forged);
    expect(verifyEntries([first, forged, third])).toMatchObject({ ok: false, brokenSeq: 3 });
  });

  it("every field is covered by the hash", () => {
    const base = entry();
    const hash = entryHash(GENESIS_HASH, 1, base);
    for (const key of Object.keys(base) as (keyof AuditEntry)[]) {
      const changed = { ...base, [key]: typeof base[key] === "number" ? 7 : "changed" };
      expect(entryHash(GENESIS_HASH, 1, changed as AuditEntry), key).not.toBe(hash);
    }
    expect(entryHash(GENESIS_HASH, 2, base)).not.toBe(hash);
  });
});

describe("what a request keeps", () => {
  it("removes secrets and personal data at any depth, keeps the rest exact", () => {
    const redacted = redactForAudit({
      currency: "USD",
      amount: 2n ** 64n + 1n,
      password: "hunter2",
      apiKey: "k",
      meta_data: { email_address: "a@b.c", note: "x", nested: [{ session_token: "t", dob: "1990-01-01" }] },
    });
    expect(redacted).toEqual({
      currency: "USD",
      amount: 2n ** 64n + 1n,
      password: "[removed]",
      apiKey: "[removed]",
      meta_data: {
        email_address: "[removed]",
        note: "x",
        nested: [{ session_token: "[removed]", dob: "[removed]" }],
      },
    });
  });
});
