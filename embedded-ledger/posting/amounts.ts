// Exact amount arithmetic for transactions. Core multiplies and divides with shopspring/decimal on the decimal
// text of the float, never with binary floats (0.29 × 100 must be 29, not 28.999…). These helpers do the same
// with bigint on decimal strings.

/** Go's `strconv.FormatFloat(x, 'f', -1, 64)`: the shortest round-trip digits, never in exponent form. */
export function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = "", whole = "", fraction = "", exponentText = "0"] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Core's check: digits of the plain decimal, leading zeros dropped (trailing ones count). */
export function significantDigits(value: number): number {
  return plainDecimal(Math.abs(value)).replace(".", "").replace(/^0+/, "").length;
}

/** `round(amount × precision)`, half away from zero, computed exactly on the decimal text of `amount`. */
export function preciseFromAmount(amount: number, precision: number): bigint {
  const text = plainDecimal(Math.abs(amount));
  const [whole = "0", fraction = ""] = text.split(".");
  const scale = 10n ** BigInt(fraction.length);
  const product = BigInt(whole + fraction) * BigInt(precision);
  let rounded = product / scale;
  if ((product % scale) * 2n >= scale) rounded += 1n;
  return amount < 0 ? -rounded : rounded;
}

// shopspring/decimal's DivisionPrecision: a quotient that does not terminate is rounded to 16 places.
const DIVISION_PLACES = 16;

/** `precise / precision` as Core's `amount_string`: exact when it terminates, trailing zeros trimmed. */
export function amountString(precise: bigint, precision: number): string {
  const divisor = BigInt(precision === 0 ? 1 : precision);
  const negative = precise < 0n;
  const magnitude = negative ? -precise : precise;
  const scale = 10n ** BigInt(DIVISION_PLACES);
  let scaled = (magnitude * scale) / divisor;
  if (((magnitude * scale) % divisor) * 2n >= divisor) scaled += 1n;
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(DIVISION_PLACES, "0").replace(/0+$/, "");
  const body = fraction ? `${whole}.${fraction}` : `${whole}`;
  return negative && scaled !== 0n ? `-${body}` : body;
}

/** The float `amount` Core reports: the nearest double to the exact decimal. */
export function amountFloat(precise: bigint, precision: number): number {
  return Number(amountString(precise, precision));
}
