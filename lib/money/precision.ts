import { CRYPTO_BY_CODE } from "./crypto";
import type { CurrencyInfo } from "./iso4217";
import { ISO_4217_BY_CODE } from "./iso4217";
import { HISTORIC_ISO_4217_BY_CODE } from "./iso4217-historic";

/**
 * Blnk stores integers in a currency's smallest unit and keeps no precision, so Ledger Desk owns one. Like
 * Blnk's own `precision` field on transactions, it is a multiplier: USD 100 means 1 USD = 100 minor units.
 */
export type CurrencyPrecision = {
  /** The canonical (trimmed, upper-case) code the precision was found under. */
  currency: string;
  precision: bigint;
  /** Digits after the decimal point: log10(precision). */
  decimals: number;
  source: "override" | "iso4217" | "crypto";
  /** Human name when the code is a known currency, even if an override set its precision; else null. */
  name: string | null;
};

export type PrecisionTable = {
  lookup(currency: string): CurrencyPrecision | null;
};

const ENV_NAME = "CURRENCY_PRECISION";
const EXPECTED_PRECISION = "the precision must be a power of ten such as 1, 100 or 1000000";

/** Normalises a free-text Blnk currency ("usd ", "Points") to the key the tables use. */
export function normalizeCurrencyCode(currency: string): string {
  return currency.trim().toUpperCase();
}

export function precisionFromDecimals(decimals: number): bigint {
  if (!Number.isSafeInteger(decimals) || decimals < 0) {
    throw new RangeError(`decimals must be a non-negative integer, got ${decimals}`);
  }
  return 10n ** BigInt(decimals);
}

/** log10 of a power of ten, or null for anything else (0, negatives, 7, 1010 …). */
export function decimalsFromPrecision(precision: bigint): number | null {
  if (precision <= 0n) return null;
  // String work instead of a division loop keeps 10^1000 cheap and exact.
  const digits = precision.toString();
  return /^10*$/.test(digits) ? digits.length - 1 : null;
}

/**
 * Parses `CURRENCY_PRECISION`, e.g. `NGN=100, POINTS=1, USDC=1000000`.
 *
 * Every problem throws with the variable's name, the bad entry and what was expected: this runs at start-up,
 * and a silently ignored entry would show wrong amounts in a finance tool. For the same reason a currency
 * given twice is an error rather than "last wins": `NGN=100,ngn=1` has no obviously intended meaning.
 * Empty entries (a trailing comma) are tolerated because env files often end up with them.
 */
export function parseCurrencyPrecisionOverrides(text: string | undefined): ReadonlyMap<string, bigint> {
  const overrides = new Map<string, bigint>();
  if (text === undefined) return overrides;

  for (const rawEntry of text.split(",")) {
    const entry = rawEntry.trim();
    if (entry === "") continue;

    const fail = (problem: string): never => {
      throw new Error(`${ENV_NAME}: "${entry}" — ${problem}`);
    };

    const equals = entry.indexOf("=");
    if (equals === -1) fail(`expected CURRENCY=PRECISION, e.g. NGN=100; ${EXPECTED_PRECISION}`);

    const code = normalizeCurrencyCode(entry.slice(0, equals));
    const value = entry.slice(equals + 1).trim();
    if (code === "") fail("the currency before = is empty; expected CURRENCY=PRECISION, e.g. NGN=100");
    // Digits only: "1e6", "+100", "0x64" or "100.0" would each need a rule of their own to mean anything.
    if (!/^[0-9]+$/.test(value)) fail(EXPECTED_PRECISION);

    const precision = BigInt(value);
    if (decimalsFromPrecision(precision) === null || value !== precision.toString()) {
      fail(EXPECTED_PRECISION);
    }
    if (overrides.has(code)) fail(`${code} is given more than once; give each currency once`);
    overrides.set(code, precision);
  }
  return overrides;
}

function fromInfo(info: CurrencyInfo, source: CurrencyPrecision["source"]): CurrencyPrecision {
  return {
    currency: info.code,
    precision: precisionFromDecimals(info.decimals),
    decimals: info.decimals,
    source,
    name: info.name,
  };
}

function knownCurrency(code: string): CurrencyInfo | undefined {
  return ISO_4217_BY_CODE.get(code) ?? HISTORIC_ISO_4217_BY_CODE.get(code) ?? CRYPTO_BY_CODE.get(code);
}

/**
 * Builds the lookup the UI formats amounts with. Order: operator overrides, then ISO 4217 (current, then
 * withdrawn codes), then crypto. ISO comes before crypto so a fiat code can never be shadowed by a token.
 */
export function createPrecisionTable(overrides: ReadonlyMap<string, bigint> = new Map()): PrecisionTable {
  // Re-key defensively: a caller may build the map by hand instead of through the parser.
  const normalizedOverrides = new Map<string, bigint>();
  for (const [code, precision] of overrides) {
    if (decimalsFromPrecision(precision) === null) {
      throw new Error(`${ENV_NAME}: "${code}=${precision}" — ${EXPECTED_PRECISION}`);
    }
    normalizedOverrides.set(normalizeCurrencyCode(code), precision);
  }

  return {
    lookup(currency) {
      const code = normalizeCurrencyCode(currency);
      if (code === "") return null;

      const override = normalizedOverrides.get(code);
      if (override !== undefined) {
        return {
          currency: code,
          precision: override,
          decimals: decimalsFromPrecision(override) ?? 0,
          source: "override",
          name: knownCurrency(code)?.name ?? null,
        };
      }

      const iso = ISO_4217_BY_CODE.get(code) ?? HISTORIC_ISO_4217_BY_CODE.get(code);
      if (iso) return fromInfo(iso, "iso4217");
      const crypto = CRYPTO_BY_CODE.get(code);
      if (crypto) return fromInfo(crypto, "crypto");
      return null;
    },
  };
}

/** The table without overrides, for client code and tests; the server should build one from the env. */
export const defaultPrecisionTable: PrecisionTable = createPrecisionTable();
