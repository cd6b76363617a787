// Core's injectAPIKeyToMetadata (api/middleware/auth.go:128-180): a POST made with an API key has its JSON body
// decoded into a map, `meta_data.BLNK_GENERATED_BY` set to the key's ID (meta_data replaced by an object when it
// is missing or not one), and the map encoded again (keys sorted at every depth, as Go writes maps) before any
// route reads it. So every ledger, balance, identity and transaction created with a key records which key.
//
// Deliberate difference: numbers keep the digits they were sent with. Go re-encodes them through float64, which
// rounds integers above 2^53 (and turns 1e21 and above into exponent form, which amount fields then refuse); an
// amount must never change on its way in.
import { isLosslessNumber, parseBody, toJson } from "../json";
import { goMapOrder } from "../models/metadata-json";
import { isPlainObject } from "./bind";

/** Go's decoder fails on a number beyond float64's range (1e400); Core then passes the body on untouched. */
function fitsFloat64(value: unknown): boolean {
  if (isLosslessNumber(value)) return Number.isFinite(Number((value as { value: string }).value));
  if (Array.isArray(value)) return value.every(fitsFloat64);
  if (isPlainObject(value)) return Object.values(value).every(fitsFloat64);
  return true;
}

export type Injected = { body: string } | { panic: true };

/**
 * The body a route sees after Core's rewrite. Bodies Go cannot decode into a map (empty, not JSON, not an
 * object) pass unchanged; a bare `null` decodes to a nil map and Core panics assigning into it.
 */
export function injectGeneratedBy(rawBody: string, apiKeyId: string): Injected {
  let parsed: unknown;
  try {
    parsed = parseBody(rawBody);
  } catch {
    return { body: rawBody };
  }
  if (parsed === null) return { panic: true };
  if (!isPlainObject(parsed) || !fitsFloat64(parsed)) return { body: rawBody };
  const metaData = isPlainObject(parsed.meta_data) ? parsed.meta_data : {};
  metaData.BLNK_GENERATED_BY = apiKeyId;
  parsed.meta_data = metaData;
  return { body: toJson(goMapOrder(parsed)) };
}
