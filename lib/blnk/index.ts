import "server-only";

// Public API of the Blnk client. App code imports from "@/lib/blnk" only; the files behind it may move.

export {
  type BalanceInclude,
  type CreateBalanceInput,
  createBalance,
  type FilterBalancesOptions,
  filterBalances,
  type GetBalanceAtOptions,
  type GetBalanceOptions,
  getBalance,
  getBalanceAt,
  getBalanceByIndicator,
} from "./balances";
export { type BlnkConfig, describeBlnkConfig, getBlnkConfig } from "./config";
export {
  BlnkConfigError,
  BlnkError,
  type BlnkErrorKind,
  type BlnkErrorPlain,
  isBlnkError,
  toBlnkErrorPlain,
} from "./errors";
export {
  type BlnkFilter,
  type BlnkFilterOperator,
  buildFilterRequest,
  clampLimit,
  containsPattern,
  FILTER_OPERATORS,
  type FilterQuery,
  type FilterRequestBody,
  MAX_PAGE_SIZE,
  type SortOrder,
} from "./filter";
export { getServerHealth } from "./health";
export {
  type FilterIdentitiesOptions,
  filterIdentities,
  getIdentitiesByIds,
  getIdentity,
} from "./identities";
export { getLedger, type ListLedgersOptions, listLedgers } from "./ledgers";
export type { BlnkCallOptions } from "./request";
export { type BlnkResult, blnkResult, isMissingRecord, orFallback, orNullIfMissing } from "./result";
export {
  type FilterTransactionsOptions,
  filterTransactions,
  getTransaction,
  getTransactionByReference,
  type TransactionWithRaw,
} from "./transactions";
export {
  type Balance,
  GENERAL_LEDGER_ID,
  type HistoricalBalance,
  type Identity,
  identityDisplayName,
  isGeneralLedger,
  type Ledger,
  type Metadata,
  type Page,
  type ServerHealth,
  type Transaction,
  type TransactionSplit,
} from "./types";
