// Health's recomputation limits, apart from queries.ts so `npm run bench:recompute` can read them.

/**
 * Above this many applied transactions the recomputation is not asked for: Core reads them all in one query and
 * adds them up row by row in Go inside a 30 s transaction (database/balance.go GetBalanceAtTime), work a live
 * server does for a check the page does not need. Measured with `npm run bench:recompute` (Core's query on
 * PostgreSQL, every row read and added exactly; bench/recompute.md): about 6–7 ms per 1,000 transactions,
 * 1.2 s at 200,000, 7.4 s at 1,000,000 on the 2-core benchmark machine. 200,000 keeps the work near a second,
 * far inside the check's own 10 s limit even on a server twice as busy.
 */
export const RECOMPUTE_MAX_TRANSACTIONS = 200_000;
/** Its own time limit, apart from the page's: it is streamed in after the page shows. */
export const RECOMPUTE_TIMEOUT_MS = 10_000;
