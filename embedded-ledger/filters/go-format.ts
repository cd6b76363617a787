// Go's number text, as Core produces it for a filter value: encoding/json decodes every JSON number into an
// interface{} as float64, strconv.ParseFloat reads a query-string float, and lib/pq sends a float64 parameter
// as strconv.AppendFloat(v, 'f', -1, 64) (lib/pq encode.go), i.e. the shortest digits that read back as the
// same float64, never in exponent form.
import { plainDecimal } from "../posting/amounts";

const DECIMAL_FLOAT_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INFINITY_RE = /^[+-]?inf(?:inity)?$/i;
const NAN_RE = /^nan$/i;

/**
 * strconv.ParseFloat(text, 64) for decimal text: the float64, or null where Go returns an error (bad syntax,
 * or a finite text beyond float64's range: ErrRange). "inf", "+Infinity" and "NaN" (unsigned) are accepted.
 */
export function parseGoFloat(text: string): number | null {
  if (INFINITY_RE.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (NAN_RE.test(text)) return Number.NaN;
  if (!DECIMAL_FLOAT_RE.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** strconv.FormatFloat(value, 'f', -1, 64): 1e23 → "100000000000000000000000", 1.5e-7 → "0.00000015". */
export function goFloatText(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  if (Object.is(value, -0)) return "-0";
  // JS and Go both print the shortest digits that round-trip; only the exponent form differs.
  return plainDecimal(value);
}

/**
 * A string as Go holds it after decoding JSON: a lone UTF-16 surrogate ("\ud800") became U+FFFD. (Text
 * parameters get the same from TextEncoder; this is for JSON the ledger writes itself.)
 */
export function goString(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
