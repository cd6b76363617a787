// Exact decimal arithmetic on JSON number text. Transactions may omit `precise_amount` (Go omitempty); the
// minor-unit amount must then be rebuilt from `amount_string` × `precision` without going through a double.

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** `units × 10^-scale`, exactly. */
interface ExactDecimal {
  units: bigint;
  scale: number;
}

/** Parses "12.34", "-0.5", "1e+21", "2.5E-3" exactly; undefined for anything else. */
export function parseDecimal(text: string): ExactDecimal | undefined {
  const match = DECIMAL_TEXT.exec(text.trim());
  if (!match) return undefined;
  const [, sign = "", whole = "", fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 1000) return undefined;
  let units = BigInt(whole + fraction);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: sign === "-" ? -units : units, scale };
}

/**
 * `amount × precision` as an exact integer, or undefined when either input is not an exact decimal, the
 * precision is not a positive whole number, or the product is not whole (which would mean the server's data
 * is inconsistent, so guessing a rounding would hide it).
 */
export function scaleToMinorUnits(amountText: string, precisionText: string): bigint | undefined {
  const amount = parseDecimal(amountText);
  const precision = parseDecimal(precisionText);
  if (!amount || !precision) return undefined;
  const precisionDivisor = 10n ** BigInt(precision.scale);
  if (precision.units <= 0n || precision.units % precisionDivisor !== 0n) return undefined;
  const product = amount.units * (precision.units / precisionDivisor);
  const divisor = 10n ** BigInt(amount.scale);
  return product % divisor === 0n ? product / divisor : undefined;
}
