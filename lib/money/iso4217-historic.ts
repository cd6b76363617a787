import type { CurrencyInfo } from "./iso4217";

/*
 * Codes ISO 4217 has withdrawn (List Three) that a ledger may still hold: a Blnk balance is immutable, so a
 * balance opened in HRK in 2022 keeps that currency forever. They resolve for display but are never suggested
 * for new balances. Limited to withdrawals since 2015; older ones (EEK, LVL, ZMK, …) can be set through
 * `CURRENCY_PRECISION` if a ledger really has them. The comment on each row is the year it left circulation.
 */
export const HISTORIC_ISO_4217_CURRENCIES: readonly CurrencyInfo[] = [
  { code: "ANG", decimals: 2, name: "Netherlands Antillean Guilder" }, // 2025
  { code: "BGN", decimals: 2, name: "Bulgarian Lev" }, // 2026
  { code: "BYR", decimals: 0, name: "Belarusian Ruble" }, // 2016
  { code: "CUC", decimals: 2, name: "Peso Convertible" }, // 2021
  { code: "HRK", decimals: 2, name: "Kuna" }, // 2023
  { code: "LTL", decimals: 2, name: "Lithuanian Litas" }, // 2015
  { code: "MRO", decimals: 2, name: "Ouguiya" }, // 2018
  { code: "SLL", decimals: 2, name: "Leone" }, // 2023
  { code: "STD", decimals: 2, name: "Dobra" }, // 2018
  { code: "VEF", decimals: 2, name: "Bolívar" }, // 2018
  { code: "ZWL", decimals: 2, name: "Zimbabwe Dollar" }, // 2024
];

export const HISTORIC_ISO_4217_BY_CODE: ReadonlyMap<string, CurrencyInfo> = new Map(
  HISTORIC_ISO_4217_CURRENCIES.map((currency) => [currency.code, currency]),
);
