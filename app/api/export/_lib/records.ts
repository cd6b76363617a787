import "server-only";
import type { Balance, Identity, Ledger, Transaction } from "@/lib/blnk";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { amountCells, amountColumns, isoUtc, precisionCell, type Row } from "@/lib/export/format";

// Each Blnk record as an export row: Core's own field names, amounts exact (format.ts), times in UTC.

const BALANCE_AMOUNTS = [
  "balance",
  "credit_balance",
  "debit_balance",
  "inflight_balance",
  "inflight_credit_balance",
  "inflight_debit_balance",
] as const;

export const BALANCE_COLUMNS = [
  "balance_id",
  "ledger_id",
  "identity_id",
  "indicator",
  "currency",
  "precision",
  ...BALANCE_AMOUNTS.flatMap(amountColumns),
  "created_at",
  "meta_data",
];

const metadata = (value: Record<string, unknown> | null) => (value ? { json: value } : null);

export function balanceRow(balance: Balance): Row {
  const table = getPrecisionTable();
  const amounts: Record<(typeof BALANCE_AMOUNTS)[number], bigint> = {
    balance: balance.balance,
    credit_balance: balance.creditBalance,
    debit_balance: balance.debitBalance,
    inflight_balance: balance.inflightBalance,
    inflight_credit_balance: balance.inflightCreditBalance,
    inflight_debit_balance: balance.inflightDebitBalance,
  };
  return {
    balance_id: balance.id,
    ledger_id: balance.ledgerId,
    identity_id: balance.identityId,
    indicator: balance.indicator,
    currency: balance.currency,
    precision: precisionCell(balance.currency, table),
    ...Object.assign(
      {},
      ...BALANCE_AMOUNTS.map((name) => amountCells(name, amounts[name], balance.currency, table)),
    ),
    created_at: isoUtc(balance.createdAt),
    meta_data: metadata(balance.metadata),
  };
}

export const TRANSACTION_COLUMNS = [
  "transaction_id",
  "parent_transaction",
  "reference",
  "status",
  "currency",
  "precision",
  ...amountColumns("amount"),
  "source",
  "destination",
  "sources",
  "destinations",
  "description",
  "inflight",
  "allow_overdraft",
  "effective_date",
  "created_at",
  "meta_data",
];

const splits = (list: Transaction["sources"]) =>
  list && list.length > 0
    ? {
        json: list.map((split) => ({
          identifier: split.identifier,
          distribution: split.distribution,
          precise_distribution: split.preciseDistribution?.toString() ?? null,
        })),
      }
    : null;

export function transactionRow(transaction: Transaction): Row {
  const table = getPrecisionTable();
  return {
    transaction_id: transaction.id,
    parent_transaction: transaction.parentTransaction,
    reference: transaction.reference,
    status: transaction.status,
    currency: transaction.currency,
    precision: precisionCell(transaction.currency, table),
    ...amountCells("amount", transaction.preciseAmount, transaction.currency, table),
    source: transaction.source,
    destination: transaction.destination,
    sources: splits(transaction.sources),
    destinations: splits(transaction.destinations),
    description: transaction.description,
    inflight: transaction.inflight,
    allow_overdraft: transaction.allowOverdraft,
    effective_date: isoUtc(transaction.effectiveDate),
    created_at: isoUtc(transaction.createdAt),
    meta_data: metadata(transaction.metadata),
  };
}

/** A balance's transactions: each row also says what it did to that balance. */
export const BALANCE_TRANSACTION_COLUMNS = ["balance_id", "direction", ...TRANSACTION_COLUMNS];

export function balanceTransactionRow(balanceId: string) {
  return (transaction: Transaction): Row => {
    const credit = transaction.destination === balanceId;
    const debit = transaction.source === balanceId;
    return {
      balance_id: balanceId,
      direction: credit && debit ? "both" : credit ? "credit" : debit ? "debit" : "split",
      ...transactionRow(transaction),
    };
  };
}

export const IDENTITY_COLUMNS = [
  "identity_id",
  "identity_type",
  "organization_name",
  "category",
  "first_name",
  "last_name",
  "other_names",
  "gender",
  "email_address",
  "phone_number",
  "nationality",
  "street",
  "city",
  "state",
  "post_code",
  "country",
  "dob",
  "created_at",
  "meta_data",
];

export function identityRow(identity: Identity): Row {
  return {
    identity_id: identity.id,
    identity_type: identity.type,
    organization_name: identity.organizationName,
    category: identity.category,
    first_name: identity.firstName,
    last_name: identity.lastName,
    other_names: identity.otherNames,
    gender: identity.gender,
    email_address: identity.email,
    phone_number: identity.phone,
    nationality: identity.nationality,
    street: identity.street,
    city: identity.city,
    state: identity.state,
    post_code: identity.postCode,
    country: identity.country,
    dob: isoUtc(identity.dob),
    created_at: isoUtc(identity.createdAt),
    meta_data: metadata(identity.metadata),
  };
}

export const LEDGER_COLUMNS = ["ledger_id", "name", "created_at", "meta_data"];

export function ledgerRow(ledger: Ledger): Row {
  return {
    ledger_id: ledger.id,
    name: ledger.name,
    created_at: isoUtc(ledger.createdAt),
    meta_data: metadata(ledger.metadata),
  };
}
