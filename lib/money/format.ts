import type { CurrencyPrecision, PrecisionTable } from "./precision";

/*
 * Amounts are bigint of any size. Everything here is string and bigint work: Number, parseFloat, toFixed and
 * Intl.NumberFormat all pass through a double somewhere, and a double is wrong past 2^53 (0.009 ETH in wei).
 */

export type FormattedMoney = {
  /** "12,345.67 USD", or "1,234,567 minor units" when the precision is unknown. */
  text: string;
  /** "12,345.67"; null when the precision is unknown. */
  major: string | null;
  isNegative: boolean;
  /** amount.toString(): exact, ungrouped, for copying. */
  raw: string;
  precision: bigint | null;
  decimals: number | null;
  /** The currency exactly as the balance gives it; `text` shows it trimmed but otherwise unchanged. */
  currency: string;
  /** "1234567 minor units · precision 100 (USD, ISO 4217)" */
  tooltip: string;
};

const SOURCE_LABELS: Record<CurrencyPrecision["source"], string> = {
  iso4217: "ISO 4217",
  crypto: "common crypto decimals",
  override: "set by CURRENCY_PRECISION",
};

/** "1234567" → "1,234,567". Expects digits only, no sign. */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) {
    groups.push(digits.slice(i, i + 3));
  }
  return groups.join(",");
}

function absDigits(amount: bigint): string {
  return (amount < 0n ? -amount : amount).toString();
}

/**
 * Exact major-unit string for an amount in minor units: (123456n, 2) → "1,234.56", (-5n, 2) → "-0.05".
 * Always shows exactly `decimals` fraction digits, as Blnk Cloud and Stripe do, so a column of amounts in one
 * currency lines up and "1.50" never reads as a different value from "1.5"; decimals 0 has no point.
 */
export function formatMinorUnits(amount: bigint, decimals: number): string {
  if (!Number.isSafeInteger(decimals) || decimals < 0) {
    throw new RangeError(`decimals must be a non-negative integer, got ${decimals}`);
  }
  const sign = amount < 0n ? "-" : "";
  // Left-pad so there is always at least one integer digit: 5 with decimals 2 → "005" → "0" + "05".
  const digits = absDigits(amount).padStart(decimals + 1, "0");
  const integerPart = groupThousands(digits.slice(0, digits.length - decimals));
  if (decimals === 0) return `${sign}${integerPart}`;
  return `${sign}${integerPart}.${digits.slice(digits.length - decimals)}`;
}

/** Raw integer grouped for reading: -1234567n → "-1,234,567". */
export function formatRawMinorUnits(amount: bigint): string {
  return `${amount < 0n ? "-" : ""}${groupThousands(absDigits(amount))}`;
}

function minorUnitsLabel(amount: bigint): string {
  return amount === 1n || amount === -1n ? "minor unit" : "minor units";
}

/**
 * Formats a Blnk amount for display with the currency's precision from `table`. The table is required, not
 * defaulted, so a caller cannot silently drop the operator's `CURRENCY_PRECISION` overrides.
 */
export function formatMoney(amount: bigint, currency: string, table: PrecisionTable): FormattedMoney {
  const raw = amount.toString();
  const isNegative = amount < 0n;
  const unit = minorUnitsLabel(amount);
  const found = table.lookup(currency);

  if (found === null) {
    const code = currency.trim().toUpperCase();
    const hint =
      code === ""
        ? "precision unknown: this balance has no currency"
        : `precision unknown for "${currency.trim()}". Set it with CURRENCY_PRECISION, ` +
          `e.g. ${code}=100 if 1 ${code} = 100 minor units`;
    return {
      text: `${formatRawMinorUnits(amount)} ${unit}`,
      major: null,
      isNegative,
      raw,
      precision: null,
      decimals: null,
      currency,
      tooltip: `${raw} ${unit} · ${hint}`,
    };
  }

  const major = formatMinorUnits(amount, found.decimals);
  return {
    text: `${major} ${currency.trim()}`,
    major,
    isNegative,
    raw,
    precision: found.precision,
    decimals: found.decimals,
    currency,
    tooltip: `${raw} ${unit} · precision ${found.precision} (${found.currency}, ${SOURCE_LABELS[found.source]})`,
  };
}
