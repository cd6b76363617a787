export { CRYPTO_BY_CODE, CRYPTO_CURRENCIES } from "./crypto";
export type { FormattedMoney } from "./format";
export { formatMinorUnits, formatMoney, formatRawMinorUnits } from "./format";
export type { CurrencyInfo, Iso4217Currency } from "./iso4217";
export { ISO_4217_BY_CODE, ISO_4217_CURRENCIES } from "./iso4217";
export { HISTORIC_ISO_4217_BY_CODE, HISTORIC_ISO_4217_CURRENCIES } from "./iso4217-historic";
export type { CurrencyPrecision, PrecisionTable } from "./precision";
export {
  createPrecisionTable,
  decimalsFromPrecision,
  defaultPrecisionTable,
  normalizeCurrencyCode,
  parseCurrencyPrecisionOverrides,
  precisionFromDecimals,
} from "./precision";
