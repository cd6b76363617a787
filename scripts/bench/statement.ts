// "Statement: 30 days visible" at the run's size: a seeded customer balance (the newest USD deposit of the bulk
// seed, whose movements are its deposit and the few the transaction seed gave it) topped up through the ledger
// API to 30 movements spread over the last 30 days (backdated effective_date, as e2e/support/statement.ts
// does), then /balances/<id>/statement?from=<29 days back>&to=<today> timed from navigation to its check line
// and Movements table visible, beside the raw Blnk calls the statement makes (2× GET /balances/:id/at, the
// movements' POST /transactions/filter pages and the holds' one).
import type { SizeRun } from "./interactions";
import { loadDetails } from "./measure";
import type { RawApi } from "./raw-api";
import { log, timing } from "./sample";
import type { Figure } from "./types";

const DAY_MS = 86_400_000;
const MOVEMENTS = 30;
const PAGE_SIZE = 100;

/**
 * The last `days` days up to today, in UTC, as lib/statement/period.ts makes them ("Last 30 days" is 29 days
 * back to today): the opening is the last microsecond before the first day, the closing today's last one.
 */
export function lastDays(days: number, now: Date) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = (at: number) => new Date(at).toISOString().slice(0, 10);
  const from = day(today - (days - 1) * DAY_MS);
  const to = day(today);
  const micro = (at: number) => `${day(at)}T23:59:59.999999Z`;
  return { from, to, openingAt: micro(today - days * DAY_MS), closingAt: micro(today) };
}

export type Period = ReturnType<typeof lastDays>;

/** The filters the statement reads its movements with (lib/statement/movements.ts): dated, then undated. */
function movementQueries(balanceId: string, period: Period) {
  const query = (dated: boolean) => {
    const field = dated ? "effective_date" : "created_at";
    return {
      filters: [
        { field: "balance_id", operator: "eq", value: balanceId },
        { field: "status", operator: "eq", value: "APPLIED" },
        ...(dated ? [] : [{ field: "effective_date", operator: "isnull" }]),
        { field, operator: "gt", value: period.openingAt },
        { field, operator: "lte", value: period.closingAt },
      ],
      include_count: false,
      limit: PAGE_SIZE,
      sort_by: field,
      sort_order: "asc",
    };
  };
  return [query(true), query(false)];
}

/** Every page of one movements query; the ms they took and the rows they held. */
async function readPages(raw: RawApi, body: ReturnType<typeof movementQueries>[number]) {
  let ms = 0;
  let rows = 0;
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await raw.call("POST", "/transactions/filter", { ...body, offset });
    ms += page.ms;
    const count = (page.text.match(/"transaction_id":/g) ?? []).length;
    rows += count;
    if (count < PAGE_SIZE) return { ms, rows };
  }
}

/** What a statement asks Blnk, in order: both ends' balances, the movements, then (`holds`) the holds. */
export async function rawStatement(raw: RawApi, balanceId: string, period: Period, holds = true) {
  const path = `/balances/${encodeURIComponent(balanceId)}/at?timestamp=`;
  const opening = await raw.call("GET", `${path}${encodeURIComponent(period.openingAt)}`);
  const closing = await raw.call("GET", `${path}${encodeURIComponent(period.closingAt)}`);
  let ms = opening.ms + closing.ms;
  let rows = 0;
  for (const query of movementQueries(balanceId, period)) {
    const read = await readPages(raw, query);
    ms += read.ms;
    rows += read.rows;
  }
  if (!holds) return { ms, rows };
  const held = await raw.call("POST", "/transactions/filter", {
    filters: [
      { field: "balance_id", operator: "eq", value: balanceId },
      { field: "status", operator: "eq", value: "INFLIGHT" },
      { field: "effective_date", operator: "gt", value: period.openingAt },
      { field: "effective_date", operator: "lte", value: period.closingAt },
    ],
    include_count: false,
    limit: 51,
    offset: 0,
    sort_by: "effective_date",
    sort_order: "asc",
  });
  return { ms: ms + held.ms, rows };
}

/** The newest USD customer balance of the bulk seed, with 30 movements in the last 30 days. */
async function statementBalance(raw: RawApi, period: Period): Promise<string> {
  const deposit = await raw.call("POST", "/transactions/filter", {
    filters: [
      { field: "description", operator: "eq", value: "Scale seed deposit" },
      { field: "currency", operator: "eq", value: "USD" },
    ],
    include_count: false,
    limit: 1,
    offset: 0,
    sort_by: "created_at",
    sort_order: "desc",
  });
  const id = /"destination":"(bln_[^"]+)"/.exec(deposit.text)?.[1];
  if (!id) throw new Error("statement: no USD deposit of the bulk seed to start from");
  const { rows: seeded } = await rawStatement(raw, id, period);
  const now = Date.now();
  for (let index = seeded; index < MOVEMENTS; index++) {
    // Spread over the period, the newest a second ago; one in three a debit back to @World.
    const at = new Date(now - 1000 - Math.round((index * 29 * DAY_MS) / MOVEMENTS));
    const debit = index % 3 === 2;
    await raw.call("POST", "/transactions", {
      precise_amount: 100 + index * 37,
      precision: 100,
      currency: "USD",
      source: debit ? id : "@World",
      destination: debit ? "@World" : id,
      description: "bench statement movement",
      reference: `bench-statement-${crypto.randomUUID()}`,
      allow_overdraft: true,
      skip_queue: true,
      effective_date: at.toISOString(),
    });
  }
  log(`statement: balance ${id} had ${seeded} movements in the period; topped up to ${MOVEMENTS}`);
  return id;
}

export async function measureStatement(run: SizeRun): Promise<Figure[]> {
  const { size, page, raw, sample } = run;
  const origin = new URL(run.url).origin;
  const period = lastDays(30, new Date());
  const id = await statementBalance(raw, period);
  const url = `${origin}/balances/${encodeURIComponent(id)}/statement?from=${period.from}&to=${period.to}`;
  log(`${size}: statement, ${period.from} to ${period.to}`);
  const visible = await sample("statement visible", () => loadDetails(page, url));
  const check = await page.getByTestId("statement-check").getAttribute("data-check");
  if (check !== "match") throw new Error(`statement: the check line says ${check}, not match`);
  const statementRaw = await sample("raw: statement", async () => (await rawStatement(raw, id, period)).ms);
  return timing("statement_visible_ms", "Statement: 30 days visible", visible, statementRaw);
}
