// Ledgers (blnk-api.md §5.1, §12.2): Core's handlers in api/ledger.go and database/ledger.go.

import { answerFilterRequest, type FilterSpec, parseQueryFilters, runFilter } from "../filters";
import { bindBody, type GoStruct, goMap, goString, parseGoInt } from "../http/bind";
import { CoreError, notFound, ozzoMessage, validation } from "../http/errors";
import { type LedgerApp, type Request, reply } from "../http/request";
import { handle } from "../http/server";
import { toJson } from "../json";
import { goMapOrder } from "../models/metadata-json";
import { creationTime } from "../storage/clock";
import { formatTime, type LedgerContext, newId } from "../storage/context";
import type { Queryable } from "../storage/db";

export const LEDGER_FILTER_SPEC: FilterSpec = {
  table: "ledgers",
  fields: { ledger_id: "text", name: "text", created_at: "timestamp" },
  hasMetadata: true,
};

const COLUMNS = "ledger_id, name, created_at, meta_data";

type LedgerRow = { ledger_id: string; name: string | null; created_at: Date; meta_data: unknown };

const CREATE_LEDGER: GoStruct = {
  name: "CreateLedger",
  goType: "model.CreateLedger",
  fields: { name: goString, meta_data: goMap },
};
const UPDATE_LEDGER: GoStruct = {
  name: "UpdateLedger",
  goType: "model.UpdateLedger",
  fields: { name: goString },
};

/** Core's model.Ledger, in its field order. */
export function toLedger(row: LedgerRow) {
  return {
    ledger_id: row.ledger_id,
    name: row.name ?? "",
    created_at: formatTime(row.created_at),
    meta_data: goMapOrder(row.meta_data ?? null),
  };
}

const ledgerNotFound = () => notFound("LGR_NOT_FOUND", "Ledger not found");

/** Binds `{name}` (legacy key `errors`, as Core's ledger handlers) and applies ozzo's Required. */
function requireName(request: Request, struct: GoStruct): Record<string, unknown> {
  const body = bindBody(request, struct, { legacyKey: "errors" });
  if (typeof body.name !== "string" || body.name === "") {
    throw validation(ozzoMessage({ name: "cannot be blank" }));
  }
  return body;
}

/** Core's GET /ledgers pagination: default 10, non-int or < 1 → 400, > 100 silently 20; offset < 0 → 400. */
function listPage(query: URLSearchParams): { limit: number; offset: number } {
  const limit = parseGoInt(query.get("limit") ?? "10");
  if (limit === null || limit < 1) throw new CoreError(400, "GEN_VALIDATION_ERROR", "Invalid limit value");
  const offset = parseGoInt(query.get("offset") ?? "0");
  if (offset === null || offset < 0) throw new CoreError(400, "GEN_VALIDATION_ERROR", "Invalid offset value");
  return { limit: limit > 100 ? 20 : limit, offset };
}

export async function findLedger(db: Queryable, id: string): Promise<LedgerRow | null> {
  const result = await db.query<LedgerRow>(`SELECT ${COLUMNS} FROM ledgers WHERE ledger_id = $1`, [id]);
  return result.rows[0] ?? null;
}

export function registerLedgersRoutes(app: LedgerApp, ctx: LedgerContext) {
  app.post(
    "/ledgers",
    handle(async (request) => {
      const body = requireName(request, CREATE_LEDGER);
      // A client-sent ledger_id is ignored: Core always generates one.
      const result = await ctx.db.query<LedgerRow>(
        `INSERT INTO ledgers (ledger_id, name, created_at, meta_data) VALUES ($1, $2, $3, $4::jsonb)
       RETURNING ${COLUMNS}`,
        [
          newId("ldg"),
          body.name,
          creationTime().toISOString(),
          body.meta_data === undefined ? null : toJson(body.meta_data),
        ],
      );
      const row = result.rows[0];
      if (!row) throw new Error("ledger insert returned no row");
      return reply(201, toLedger(row));
    }),
  );

  app.get(
    "/ledgers",
    handle(async (request) => {
      const { limit, offset } = listPage(request.query);
      const { filters, logicalOperator } = parseQueryFilters(request.query, LEDGER_FILTER_SPEC);
      const query = { filters, logicalOperator, limit, offset };
      const { rows } = await runFilter<LedgerRow>(ctx.db, LEDGER_FILTER_SPEC, query, COLUMNS, "ledger_id");
      return reply(200, rows.map(toLedger));
    }),
  );

  app.post(
    "/ledgers/filter",
    handle(async (request) => {
      const answer = await answerFilterRequest<LedgerRow>(ctx.db, request, {
        spec: LEDGER_FILTER_SPEC,
        columns: COLUMNS,
        orderTiebreak: "ledger_id",
        toJson: toLedger,
        nullWhenEmpty: false,
      });
      return reply(200, answer);
    }),
  );

  app.get(
    "/ledgers/:id",
    handle(async (request) => {
      const row = await findLedger(ctx.db, request.params.id ?? "");
      if (!row) throw ledgerNotFound();
      return reply(200, toLedger(row));
    }),
  );

  app.put(
    "/ledgers/:id",
    handle(async (request) => {
      const body = requireName(request, UPDATE_LEDGER);
      const result = await ctx.db.query<LedgerRow>(
        `UPDATE ledgers SET name = $1 WHERE ledger_id = $2 RETURNING ${COLUMNS}`,
        [body.name, request.params.id ?? ""],
      );
      const row = result.rows[0];
      if (!row) throw ledgerNotFound();
      return reply(200, toLedger(row));
    }),
  );
}
