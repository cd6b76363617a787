import type { FormattedMoney } from "@/lib/money";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import type { TransactionRow } from "@/lib/transactions/types";

// The holds desk's shapes, its URL (the filters and where the page starts are in it, so a view is linkable)
// and its React Query keys. No server code: the desk's client components use this too.

export type HoldsDeskQuery = {
  ledgerId: string | null;
  currency: string | null;
  /** How many INFLIGHT transactions, oldest first, earlier pages looked at. */
  from: number;
};

export type OpenHoldRow = TransactionRow & {
  /** What is still held: the amount less its commits. */
  left: FormattedMoney;
  expiresAt: string | null;
  isExpired: boolean;
};

export type HoldsDeskPage = {
  rows: OpenHoldRow[];
  /** Where the next page starts; null when there is none. */
  nextFrom: number | null;
  /** The server's clock when the rows were read: ages and expiry are measured from it. */
  loadedAt: number;
  /** True when Blnk could only list newest first (a read-only key): the rows are not oldest first. */
  orderUnavailable: boolean;
  query: HoldsDeskQuery;
};

const LEDGER_ID = /^[\w.:@-]{1,200}$/;
const CURRENCY = /^[A-Za-z0-9_.-]{1,32}$/;

/** `?ledger=`, `?currency=` and `?from=`; anything malformed is no filter (or the first page). */
export function parseHoldsDeskQuery(params: RawSearchParams): HoldsDeskQuery {
  const ledger = (firstParam(params, "ledger") ?? "").trim();
  const currency = (firstParam(params, "currency") ?? "").trim();
  const from = Number(firstParam(params, "from") ?? "0");
  return {
    ledgerId: LEDGER_ID.test(ledger) ? ledger : null,
    currency: CURRENCY.test(currency) ? currency : null,
    from: Number.isSafeInteger(from) && from >= 0 ? from : 0,
  };
}

export function holdsDeskHref(query: Partial<HoldsDeskQuery>): string {
  const params = new URLSearchParams();
  if (query.ledgerId) params.set("ledger", query.ledgerId);
  if (query.currency) params.set("currency", query.currency);
  if (query.from) params.set("from", String(query.from));
  const text = params.toString();
  return text ? `/transactions/holds?${text}` : "/transactions/holds";
}

export const holdsDeskKeys = {
  all: ["transactions", "holds"] as const,
  page: (query: HoldsDeskQuery) =>
    ["transactions", "holds", query.ledgerId ?? "", query.currency ?? "", query.from] as const,
};

/** "3 d", "5 h", "12 min", "now": how long ago `iso` was, measured at `now`. */
export function ageText(iso: string, now: number): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (!Number.isFinite(minutes)) return "—";
  if (minutes < 1) return "now";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}
