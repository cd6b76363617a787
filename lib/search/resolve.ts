import "server-only";
import {
  type Balance,
  filterBalances,
  getBalance,
  getIdentity,
  getLedger,
  getTransaction,
  getTransactionByReference,
  orNullIfMissing,
  type Transaction,
} from "@/lib/blnk";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { formatMoney } from "@/lib/money";
import { classifyText, MAX_LOOKUP_LENGTH, mayBeReference, type TextKind } from "./classify";

// The command palette's lookups: a pasted ID, an @indicator or a transaction reference, to the record it
// names, with what the palette shows for it and where it opens. Not found is no records, never an error.

export type RecordKind = "balance" | "ledger" | "identity" | "transaction";

export type ResolvedRecord = {
  kind: RecordKind;
  id: string;
  /** The page that shows it. */
  href: string;
  title: string;
  detail: string;
};

export type Resolution = { kind: TextKind; records: ResolvedRecord[] };

/** Balances one indicator may have (one per currency); Core keys internal balances by indicator and currency. */
const MAX_INDICATOR_BALANCES = 20;

export async function resolveText(text: string): Promise<Resolution> {
  const query = text.trim();
  const kind = classifyText(query);
  if (kind === "empty" || query.length > MAX_LOOKUP_LENGTH) return { kind, records: [] };
  return { kind, records: await lookUp(kind, query) };
}

async function lookUp(kind: Exclude<TextKind, "empty">, query: string): Promise<ResolvedRecord[]> {
  switch (kind) {
    case "balance-id": {
      const balance = await orNullIfMissing(() => getBalance(query));
      return balance ? [await balanceRecord(balance)] : [];
    }
    case "ledger-id": {
      const ledger = await orNullIfMissing(() => getLedger(query));
      return ledger
        ? [record("ledger", ledger.id, ledger.name || ledger.id, `Ledger · ${ledger.id}`, "/ledgers")]
        : [];
    }
    case "identity-id": {
      const identity = await orNullIfMissing(() => getIdentity(query));
      const detail = [identity?.type, identity?.email, identity?.id].filter(Boolean).join(" · ");
      return identity ? [record("identity", identity.id, identity.displayName, detail, "/identities")] : [];
    }
    case "transaction-id": {
      const found = await orNullIfMissing(() => getTransaction(query));
      return found ? [transactionRecord(found.transaction)] : [];
    }
    case "indicator":
      return indicatorRecords(query);
    case "text": {
      if (!mayBeReference(query)) return [];
      const transaction = await orNullIfMissing(() => getTransactionByReference(query));
      return transaction ? [transactionRecord(transaction)] : [];
    }
  }
}

/** Every balance with exactly this indicator (Core matches it case-sensitively), one per currency. */
async function indicatorRecords(indicator: string): Promise<ResolvedRecord[]> {
  const page = await filterBalances({
    filters: [{ field: "indicator", operator: "eq", value: indicator }],
    sortBy: "created_at",
    sortOrder: "asc",
    limit: MAX_INDICATOR_BALANCES,
    offset: 0,
    includeCount: false,
  });
  const records = page.items.filter((balance) => balance.indicator === indicator).map(indicatorRecord);
  return records.sort((a, b) => a.title.localeCompare(b.title));
}

function indicatorRecord(balance: Balance): ResolvedRecord {
  const money = formatMoney(balance.balance, balance.currency, getPrecisionTable());
  return record(
    "balance",
    balance.id,
    `${balance.indicator} · ${balance.currency}`,
    `${money.text} · ${balance.id}`,
    "/balances",
  );
}

async function balanceRecord(balance: Balance): Promise<ResolvedRecord> {
  const money = formatMoney(balance.balance, balance.currency, getPrecisionTable());
  // Core 500s on include=identity for a balance without an owner, so the owner is asked for on its own.
  const owner = balance.identityId
    ? await orNullIfMissing(() => getIdentity(balance.identityId ?? ""))
    : null;
  const title = balance.indicator ?? owner?.displayName ?? `${balance.currency} balance`;
  return record("balance", balance.id, title, `${money.text} · ${balance.id}`, "/balances");
}

function transactionRecord(transaction: Transaction): ResolvedRecord {
  const money = formatMoney(transaction.preciseAmount, transaction.currency, getPrecisionTable());
  const title = `Transaction ${transaction.reference || transaction.id}`;
  return record(
    "transaction",
    transaction.id,
    title,
    `${money.text} · ${transaction.status} · ${transaction.id}`,
    "/transactions",
  );
}

function record(kind: RecordKind, id: string, title: string, detail: string, base: string): ResolvedRecord {
  return { kind, id, title, detail, href: `${base}/${encodeURIComponent(id)}` };
}
