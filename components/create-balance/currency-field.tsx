"use client";

import * as React from "react";
import { FieldError, Input } from "@/components/ui/input";
import { normalizeCurrency } from "@/lib/create-balance/schema";
import { CRYPTO_CURRENCIES, createPrecisionTable, ISO_4217_CURRENCIES } from "@/lib/money";

const SUGGESTIONS = [
  ...ISO_4217_CURRENCIES.map((currency) => ({ code: currency.code, name: currency.name })),
  ...CRYPTO_CURRENCIES.map((currency) => ({ code: currency.code, name: `${currency.name} (crypto)` })),
];

/**
 * "Currency": ISO 4217 codes with their names and crypto tickers as suggestions, any other identifier for a
 * custom asset. Says which display precision will apply (the server's CURRENCY_PRECISION overrides included).
 */
export function CurrencyField({
  field: { value, onChange, onBlur },
  error,
  overrides,
  disabled,
  idPrefix = "create-balance",
  hintFor,
}: {
  /** The form's field (a react-hook-form Controller's). */
  field: { value: string; onChange: (value: string) => void; onBlur: () => void };
  error?: string;
  overrides: ReadonlyArray<readonly [string, string]>;
  disabled?: boolean;
  /** The element IDs' prefix, one per form. */
  idPrefix?: string;
  /** The hint for a known precision, when the form needs other words than "Shown with…". */
  hintFor?: (code: string, decimals: number) => string;
}) {
  const table = React.useMemo(
    () => createPrecisionTable(new Map(overrides.map(([code, precision]) => [code, BigInt(precision)]))),
    [overrides],
  );
  const code = normalizeCurrency(value);
  const precision = code ? table.lookup(code) : null;
  const hint = !code
    ? "ISO 4217 code (USD), crypto ticker (BTC) or your own asset identifier."
    : precision && hintFor
      ? hintFor(code, precision.decimals)
      : precision
        ? `Shown with ${precision.decimals} decimal${precision.decimals === 1 ? "" : "s"}: 1 ${code} = ${precision.precision.toLocaleString("en-US")} minor units${precision.name ? ` (${precision.name})` : ""}.`
        : `No known precision for ${code}: amounts will show as minor units unless CURRENCY_PRECISION sets one.`;

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={`${idPrefix}-currency`} className="text-sm font-medium">
        Currency
      </label>
      <Input
        id={`${idPrefix}-currency`}
        list={`${idPrefix}-currencies`}
        autoComplete="off"
        spellCheck={false}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${idPrefix}-currency-hint${error ? ` ${idPrefix}-currency-error` : ""}`}
        placeholder="USD"
      />
      <datalist id={`${idPrefix}-currencies`}>
        {SUGGESTIONS.map((currency) => (
          <option key={currency.code} value={currency.code}>
            {currency.name}
          </option>
        ))}
      </datalist>
      <p id={`${idPrefix}-currency-hint`} className="text-xs text-muted-foreground" aria-live="polite">
        {hint}
      </p>
      <FieldError id={`${idPrefix}-currency-error`} message={error} />
    </div>
  );
}
