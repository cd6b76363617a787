import { E2E } from "./env";

// Test fixtures are created through the embedded ledger's Blnk API, exactly as a client of Core would.
// Bodies are written as text so amounts of any size go over the wire as bare JSON integers.

type Json = Record<string, unknown>;

/** One call of the ledger's Blnk API (the embedded ledger by default); a non-2xx answer throws with its body. */
export async function ledgerCall(
  method: string,
  path: string,
  body?: string,
  baseUrl: string = E2E.blnkUrl,
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { "content-type": "application/json", "X-Blnk-Key": E2E.apiKey },
    body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return { status: response.status, text };
}

const call = ledgerCall;

const idOf = (text: string, field: string) => {
  const match = new RegExp(`"${field}":"([^"]+)"`).exec(text);
  if (!match?.[1]) throw new Error(`no ${field} in ${text}`);
  return match[1];
};

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${++counter}`;

/** A tag for one run of a spec file: put in the names of its records, their searches find only its own. */
export function uniqueRun(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function createLedger(name = unique("E2E ledger"), baseUrl?: string) {
  return idOf((await call("POST", "/ledgers", JSON.stringify({ name }), baseUrl)).text, "ledger_id");
}

export async function createIdentity(fields: Json) {
  return idOf((await call("POST", "/identities", JSON.stringify(fields))).text, "identity_id");
}

export async function createBalance(
  fields: { ledgerId: string; currency: string; identityId?: string },
  baseUrl?: string,
) {
  const body: Json = { ledger_id: fields.ledgerId, currency: fields.currency };
  if (fields.identityId) body.identity_id = fields.identityId;
  return idOf((await call("POST", "/balances", JSON.stringify(body), baseUrl)).text, "balance_id");
}

/** Moves `amount` minor units (a bigint, written as a bare integer) from source to destination. */
export async function transfer(fields: {
  source: string;
  destination: string;
  amount: bigint;
  currency: string;
  allowOverdraft?: boolean;
  inflight?: boolean;
  reference?: string;
  description?: string;
}) {
  const body = `{"precise_amount":${fields.amount.toString()},"currency":${JSON.stringify(fields.currency)},"source":${JSON.stringify(fields.source)},"destination":${JSON.stringify(fields.destination)},"reference":${JSON.stringify(fields.reference ?? unique("e2e"))},"description":${JSON.stringify(fields.description ?? "E2E transfer")},"allow_overdraft":${Boolean(fields.allowOverdraft)},"inflight":${Boolean(fields.inflight)}}`;
  return idOf((await call("POST", "/transactions", body)).text, "transaction_id");
}

/** Commits (all that is left, or `amount` minor units of it) or voids an inflight transaction; the new ID. */
export async function settleHold(id: string, status: "commit" | "void", amount?: bigint) {
  const body = `{"status":"${status}"${amount === undefined ? "" : `,"precise_amount":${amount.toString()}`}}`;
  return idOf((await call("PUT", `/transactions/inflight/${id}`, body)).text, "transaction_id");
}

/** The ID of the balance at a 0-based position of the newest-first list (what page N of the table shows). */
export async function balanceIdAt(offset: number) {
  const { text } = await call("POST", "/balances/filter", JSON.stringify({ limit: 1, offset }));
  return idOf(text, "balance_id");
}

/** How many balances exist in a currency (a unique test currency isolates a test's balances). */
export async function countBalances(currency: string): Promise<number> {
  const { text } = await call(
    "POST",
    "/balances/filter",
    JSON.stringify({
      filters: [{ field: "currency", operator: "eq", value: currency }],
      include_count: true,
    }),
  );
  return Number(/"total_count":(\d+)/.exec(text)?.[1] ?? 0);
}

/** The newest balance in a currency, as raw JSON text. */
export async function newestBalanceJson(currency: string): Promise<string> {
  const { text } = await call(
    "POST",
    "/balances/filter",
    JSON.stringify({ filters: [{ field: "currency", operator: "eq", value: currency }], limit: 1 }),
  );
  return text;
}

export function uniqueCurrency(prefix: string): string {
  return `${prefix}${Date.now().toString(36).toUpperCase()}${++counter}`;
}

/** A surname no other identity has: letters only, so a search for part of it finds just this test's. */
export function uniqueSurname(prefix: string): string {
  const letters = Date.now()
    .toString(26)
    .split("")
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 26)))
    .join("");
  return `${prefix}${letters}`;
}

/** The IDs of the ledgers or identities whose `field` is exactly `value` (at most 10), by POST /…/filter. */
export async function idsWhere(records: "ledgers" | "identities", field: string, value: string) {
  const { text } = await call(
    "POST",
    `/${records}/filter`,
    JSON.stringify({ filters: [{ field, operator: "eq", value }], limit: 10 }),
  );
  const key = records === "ledgers" ? "ledger_id" : "identity_id";
  return [...text.matchAll(new RegExp(`"${key}":"([^"]+)"`, "g"))].map((match) => match[1] ?? "");
}

/** The ID of the (first) ledger with this exact name. */
export async function ledgerIdByName(name: string): Promise<string> {
  const [id] = await idsWhere("ledgers", "name", name);
  if (!id) throw new Error(`no ledger named ${name}`);
  return id;
}
