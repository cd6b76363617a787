import { ledgerCall } from "./ledger-api";

// Reading back what the holds and refunds specs did, through the embedded ledger's Blnk API (as a client of
// Core would), and placing holds with an expiry. Amounts are read from the raw text: bare integers of any size.

const call = async (method: string, path: string, body?: string) =>
  (await ledgerCall(method, path, body)).text;

const integer = (text: string, field: string): bigint => {
  const match = new RegExp(`"${field}":(-?\\d+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${field} in ${text}`);
  return BigInt(match[1]);
};

/** A balance's booked and inflight amounts, in minor units. */
export async function balanceAmounts(id: string): Promise<{ balance: bigint; inflight: bigint }> {
  const text = await call("GET", `/balances/${id}`);
  return { balance: integer(text, "balance"), inflight: integer(text, "inflight_balance") };
}

export type ChildRow = { id: string; status: string; amount: bigint; reference: string };

/** The transactions whose parent is `id` (commits, voids, refunds), oldest first. */
export async function childrenOf(id: string): Promise<ChildRow[]> {
  const text = await call(
    "POST",
    "/transactions/filter",
    JSON.stringify({
      filters: [{ field: "parent_transaction", operator: "eq", value: id }],
      sort_by: "created_at",
      sort_order: "asc",
      limit: 100,
    }),
  );
  // Rows are flat objects but meta_data: split on the transaction_id key each row starts with.
  return text
    .split(/(?="precise_amount":)/)
    .slice(1)
    .map((row) => ({
      id: /"transaction_id":"([^"]+)"/.exec(row)?.[1] ?? "",
      status: /"status":"([^"]+)"/.exec(row)?.[1] ?? "",
      amount: integer(row, "precise_amount"),
      reference: /"reference":"([^"]*)"/.exec(row)?.[1] ?? "",
    }));
}

/** One transaction as the ledger answers it, as raw JSON text. */
export function transactionJson(id: string): Promise<string> {
  return call("GET", `/transactions/${id}`);
}

let counter = 0;

/**
 * An inflight hold of `amount` minor units, optionally with an expiry. Core returns no hold's expiry on any read,
 * so Ledger Desk shows the one in `meta_data.inflight_expiry_date`; a past one marks the hold expired.
 */
export async function placeHold(fields: {
  source: string;
  destination: string;
  amount: bigint;
  currency: string;
  expiresAt?: Date;
}): Promise<string> {
  const expiry = fields.expiresAt?.toISOString().replace(/\.\d{3}Z$/, "Z");
  const body = `{"precise_amount":${fields.amount},"currency":${JSON.stringify(fields.currency)},"source":${JSON.stringify(fields.source)},"destination":${JSON.stringify(fields.destination)},"reference":"e2e-hold-${Date.now()}-${++counter}","description":"E2E hold","allow_overdraft":true,"inflight":true,"skip_queue":true${expiry ? `,"meta_data":{"inflight_expiry_date":"${expiry}"}` : ""}}`;
  const id = /"transaction_id":"([^"]+)"/.exec(await call("POST", "/transactions", body))?.[1];
  if (!id) throw new Error("no transaction_id in the hold's answer");
  return id;
}
