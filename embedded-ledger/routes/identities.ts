// Identities (blnk-api.md §5.3, §12.4): Core's handlers in api/identity.go and database/identity.go.

import { answerFilterRequest, filterResponse, parseQueryFilters, runFilter } from "../filters";
import { parseGoInt } from "../http/bind";
import { badRequest, CoreError, conflict, notFound } from "../http/errors";
import { type LedgerApp, type Request, reply } from "../http/request";
import { addRoutes } from "../http/server";
import {
  bindIdentity,
  checkClientIdentityId,
  IDENTITY_COLUMNS,
  IDENTITY_FILTER_SPEC,
  IDENTITY_TEXT_FIELDS,
  type IdentityRow,
  toIdentity,
} from "../models/identity-model";
import { creationTime } from "../storage/clock";
import { type LedgerContext, newId } from "../storage/context";

function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23503";
}

function missing(id: string, withDetails: boolean): CoreError {
  const message = `Identity with ID '${id}' not found`;
  // Core's read path wraps sql.ErrNoRows (details {}); update/delete build the error without one.
  return withDetails ? notFound("IDT_NOT_FOUND", message) : new CoreError(404, "IDT_NOT_FOUND", message);
}

async function createIdentity(ctx: LedgerContext, request: Request) {
  const input = bindIdentity(request);
  if (input.identityId !== "") checkClientIdentityId(input.identityId);
  const id = input.identityId || newId("idt");
  const columns = ["identity_id", "created_at", "dob", "meta_data", ...IDENTITY_TEXT_FIELDS];
  const values: unknown[] = [id, creationTime().toISOString(), input.dob, input.metaData ?? null];
  for (const field of IDENTITY_TEXT_FIELDS) values.push(input.text[field] ?? "");
  const placeholders = columns.map((column, index) => {
    const cast = column === "meta_data" ? "::jsonb" : column === "dob" ? "::timestamptz" : "";
    return `$${index + 1}${cast}`;
  });
  const result = await ctx.db.query<IdentityRow>(
    `INSERT INTO identities (${columns.join(", ")}) VALUES (${placeholders.join(", ")})
   ON CONFLICT (identity_id) DO NOTHING RETURNING ${IDENTITY_COLUMNS}`,
    values,
  );
  const row = result.rows[0];
  if (!row) throw new CoreError(400, "IDT_VALIDATION_ERROR", `Identity already exists: ${id}`, "error", {});
  return reply(201, toIdentity(row));
}

async function listIdentities(ctx: LedgerContext, request: Request) {
  const { query } = request;
  const { filters, logicalOperator } = parseQueryFilters(query, IDENTITY_FILTER_SPEC);
  const limitParam = parseGoInt(query.get("limit") ?? "");
  const offsetParam = parseGoInt(query.get("offset") ?? "");
  const offset = offsetParam !== null && offsetParam > 0 ? offsetParam : 0;
  let limit: number | null;
  if (filters.length > 0) {
    // Filtered lists page like Core: default 20, invalid or > 100 → 20.
    limit = limitParam !== null && limitParam > 0 && limitParam <= 100 ? limitParam : 20;
  } else {
    // Core returns every identity here; a valid limit is honoured as a harmless superset.
    limit = limitParam !== null && limitParam > 0 ? limitParam : null;
  }
  const spec = IDENTITY_FILTER_SPEC;
  const page = { filters, logicalOperator, limit, offset };
  const { rows } = await runFilter<IdentityRow>(ctx.db, spec, page, IDENTITY_COLUMNS, "identity_id");
  return reply(200, filterResponse(rows.map(toIdentity), null, { nullWhenEmpty: true }));
}

async function filterIdentities(ctx: LedgerContext, request: Request) {
  const answer = await answerFilterRequest<IdentityRow>(ctx.db, request, {
    spec: IDENTITY_FILTER_SPEC,
    columns: IDENTITY_COLUMNS,
    orderTiebreak: "identity_id",
    toJson: toIdentity,
    nullWhenEmpty: true,
  });
  return reply(200, answer);
}

async function getIdentity(ctx: LedgerContext, request: Request) {
  const id = request.params.id ?? "";
  const result = await ctx.db.query<IdentityRow>(
    `SELECT ${IDENTITY_COLUMNS} FROM identities WHERE identity_id = $1`,
    [id],
  );
  const row = result.rows[0];
  if (!row) throw missing(id, true);
  return reply(200, toIdentity(row));
}

async function updateIdentity(ctx: LedgerContext, request: Request) {
  const id = request.params.id ?? "";
  const input = bindIdentity(request);
  // Like Core, only non-empty strings, a non-zero dob and a non-null meta_data are written.
  const sets: string[] = [];
  const values: unknown[] = [];
  const set = (column: string, value: unknown, cast = "") => {
    values.push(value);
    sets.push(`${column} = $${values.length}${cast}`);
  };
  for (const field of IDENTITY_TEXT_FIELDS) {
    const value = input.text[field];
    if (value) set(field, value);
  }
  if (input.dob !== null) set("dob", input.dob, "::timestamptz");
  if (input.metaData !== undefined) set("meta_data", input.metaData, "::jsonb");
  if (sets.length === 0) throw badRequest("No fields provided for update");
  values.push(id);
  const result = await ctx.db.query(
    `UPDATE identities SET ${sets.join(", ")} WHERE identity_id = $${values.length} RETURNING identity_id`,
    values,
  );
  if (result.rows.length === 0) throw missing(id, false);
  return reply(200, { message: "Identity updated successfully" });
}

async function deleteIdentity(ctx: LedgerContext, request: Request) {
  const id = request.params.id ?? "";
  let deleted: number;
  try {
    const result = await ctx.db.query("DELETE FROM identities WHERE identity_id = $1 RETURNING identity_id", [
      id,
    ]);
    deleted = result.rows.length;
  } catch (error) {
    // Core answers 500 here (the foreign key blocks the delete); a 409 tells the caller what to fix.
    if (isForeignKeyViolation(error)) {
      throw conflict(`Identity with ID '${id}' cannot be deleted: balances reference it`);
    }
    throw error;
  }
  if (deleted === 0) throw missing(id, false);
  return reply(200, { message: "Identity deleted successfully" });
}

export function registerIdentitiesRoutes(app: LedgerApp, ctx: LedgerContext) {
  addRoutes(app, [
    ["POST", "/identities", (request) => createIdentity(ctx, request)],
    ["GET", "/identities", (request) => listIdentities(ctx, request)],
    ["POST", "/identities/filter", (request) => filterIdentities(ctx, request)],
    ["GET", "/identities/:id", (request) => getIdentity(ctx, request)],
    ["PUT", "/identities/:id", (request) => updateIdentity(ctx, request)],
    ["DELETE", "/identities/:id", (request) => deleteIdentity(ctx, request)],
  ]);
}
