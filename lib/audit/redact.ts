import { isLosslessNumber } from "lossless-json";

// What an audit entry keeps of a request. Secrets never: passwords, keys, tokens, cookies, under any key that
// names one. Personal data of identities is left out too (names stay: they are how ops find a record), since
// the log is kept for ever and read by Auditors who do not need it: email, phone, date of birth, address.

const REMOVED = "[removed]";

const SECRET_KEY = /pass(word)?|secret|token|api[-_]?key|authorization|cookie|session/i;
const PERSONAL_KEYS = new Set([
  "email",
  "email_address",
  "phone",
  "phone_number",
  "dob",
  "date_of_birth",
  "street",
  "post_code",
  "postcode",
  "address",
]);

/** `value` with every secret or personal field replaced by "[removed]", at any depth; nothing else changes. */
export function redactForAudit(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactForAudit);
  // A LosslessNumber (an exact metadata number) is a value, not a record with keys.
  if (value === null || typeof value !== "object" || isLosslessNumber(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const kept =
      SECRET_KEY.test(key) || PERSONAL_KEYS.has(key.toLowerCase()) ? REMOVED : redactForAudit(item);
    // defineProperty: a key named __proto__ stays a key.
    Object.defineProperty(out, key, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
