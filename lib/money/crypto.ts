import type { CurrencyInfo } from "./iso4217";

/**
 * Common crypto assets and the decimals of their smallest on-chain unit (satoshi, wei, lamport, …), which is
 * what a ledger fed by a wallet or exchange normally records.
 *
 * A ticker is not a chain: the same token can carry different decimals on different networks. We pick the
 * network most ledgers use and note the others, so an operator with a different setup knows to override the
 * ticker through `CURRENCY_PRECISION`.
 *
 * No ticker here collides with an ISO 4217 code; ISO would win if one ever did (see `precision.ts`).
 */
export const CRYPTO_CURRENCIES: readonly CurrencyInfo[] = [
  { code: "BTC", decimals: 8, name: "Bitcoin" },
  { code: "ETH", decimals: 18, name: "Ether" },
  // 6 on Ethereum, Tron, Solana and most chains; the BNB Smart Chain (BEP-20) contracts use 18.
  { code: "USDT", decimals: 6, name: "Tether USD" },
  // 6 on Ethereum, Solana, Base, Polygon, …; the Binance-Peg contract on BNB Smart Chain uses 18.
  { code: "USDC", decimals: 6, name: "USD Coin" },
  { code: "SOL", decimals: 9, name: "Solana" },
  { code: "LTC", decimals: 8, name: "Litecoin" },
  { code: "DOGE", decimals: 8, name: "Dogecoin" },
  // Drops on the XRP Ledger; the wrapped ERC-20 versions differ.
  { code: "XRP", decimals: 6, name: "XRP" },
  { code: "ADA", decimals: 6, name: "Cardano" },
  // Planck since the 2020 redenomination; balances recorded before it used 12.
  { code: "DOT", decimals: 10, name: "Polkadot" },
  // 18 on BNB Smart Chain; the retired BNB Beacon Chain used 8.
  { code: "BNB", decimals: 18, name: "BNB" },
  { code: "POL", decimals: 18, name: "Polygon Ecosystem Token" },
  // Kept for ledgers opened before the 2024 MATIC → POL migration.
  { code: "MATIC", decimals: 18, name: "Polygon (MATIC)" },
  { code: "DAI", decimals: 18, name: "Dai" },
  { code: "TRX", decimals: 6, name: "TRON" },
  { code: "XLM", decimals: 7, name: "Stellar Lumens" },
  // 18 on the C-Chain, where wallets and exchanges settle; the X- and P-Chains count in nAVAX (9).
  { code: "AVAX", decimals: 18, name: "Avalanche" },
  { code: "LINK", decimals: 18, name: "Chainlink" },
  { code: "BCH", decimals: 8, name: "Bitcoin Cash" },
  { code: "SHIB", decimals: 18, name: "Shiba Inu" },
  { code: "ETC", decimals: 18, name: "Ethereum Classic" },
  { code: "WBTC", decimals: 8, name: "Wrapped Bitcoin" },
  { code: "TON", decimals: 9, name: "Toncoin" },
  { code: "ATOM", decimals: 6, name: "Cosmos Hub" },
  { code: "XMR", decimals: 12, name: "Monero" },
  // yoctoNEAR: the widest common unit, a reminder that 18 is not a ceiling.
  { code: "NEAR", decimals: 24, name: "NEAR Protocol" },
];

export const CRYPTO_BY_CODE: ReadonlyMap<string, CurrencyInfo> = new Map(
  CRYPTO_CURRENCIES.map((currency) => [currency.code, currency]),
);
