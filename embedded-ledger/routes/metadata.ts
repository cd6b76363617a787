// POST /:entityId/metadata (blnk-api.md §5.6): Core's api/metadata.go and metadata.go. The entity type comes
// from the ID prefix; the new keys are shallow-merged into the stored object. Values are stored as lossless
// JSON text, so integers of any size keep their digits.

import { bindBody, type GoStruct, goMap } from "../http/bind";
import { CoreError } from "../http/errors";
import { type LedgerApp, reply } from "../http/request";
import { handle } from "../http/server";
import { toJson } from "../json";
import { asMetadataObject, goMapOrder } from "../models/metadata-json";
import type { LedgerContext } from "../storage/context";
import type { Queryable } from "../storage/db";

const METADATA_REQUEST: GoStruct = {
  name: "MetadataRequest",
  goType: "api.MetadataRequest",
  fields: { meta_data: goMap },
};

// Tables whose rows carry one meta_data object each; the identifiers are constants, never request text.
const ENTITY_TABLES = {
  ledgers: { table: "ledgers", key: "ledger_id" },
  balances: { table: "balances", key: "balance_id" },
  identities: { table: "identities", key: "identity_id" },
} as const;
type EntityType = keyof typeof ENTITY_TABLES | "transactions";

function entityType(id: string): EntityType | null {
  if (id.startsWith("txn_") || id.startsWith("bulk_")) return "transactions";
  // Core's seeded General Ledger has no ldg_ prefix; it is still a ledger whose metadata may change.
  if (id.startsWith("ldg_") || id === "general_ledger_id") return "ledgers";
  if (id.startsWith("bln_")) return "balances";
  if (id.startsWith("idt_")) return "identities";
  return null;
}

const entityNotFound = () => new CoreError(404, "META_ENTITY_NOT_FOUND", "entity not found");

async function mergeInto(tx: Queryable, type: keyof typeof ENTITY_TABLES, id: string, update: object) {
  const { table, key } = ENTITY_TABLES[type];
  const current = await tx.query<{ meta_data: unknown }>(`SELECT meta_data FROM ${table} WHERE ${key} = $1`, [
    id,
  ]);
  const row = current.rows[0];
  if (!row) throw entityNotFound();
  const merged = { ...asMetadataObject(row.meta_data), ...update };
  await tx.query(`UPDATE ${table} SET meta_data = $1::jsonb WHERE ${key} = $2`, [toJson(merged), id]);
  return merged;
}

/**
 * A transaction and its queued child rows (parent_transaction = id) each merge the new keys into their own
 * object; like Core, the response echoes the keys sent rather than one row's merged object.
 */
async function mergeIntoTransactions(tx: Queryable, id: string, update: object) {
  const result = await tx.query(
    `UPDATE transactions
     SET meta_data = (CASE WHEN jsonb_typeof(meta_data) = 'object' THEN meta_data ELSE '{}'::jsonb END) || $1::jsonb
     WHERE transaction_id = $2 OR parent_transaction = $2 RETURNING transaction_id`,
    [toJson(update), id],
  );
  if (result.rows.length === 0) throw entityNotFound();
  return update;
}

export function registerMetadataRoutes(app: LedgerApp, ctx: LedgerContext) {
  app.post(
    "/:entityId/metadata",
    handle(async (request) => {
      const id = request.params.entityId ?? "";
      // Core binds the body before looking at the ID, so a bad body wins over a bad prefix.
      const body = bindBody(request, METADATA_REQUEST);
      const update = body.meta_data;
      if (update === undefined || update === null || typeof update !== "object") {
        const message =
          "Key: 'MetadataRequest.Metadata' Error:Field validation for 'Metadata' failed on the 'required' tag";
        throw new CoreError(400, "GEN_MALFORMED_REQUEST", message);
      }
      const type = entityType(id);
      if (!type) throw new CoreError(400, "META_INVALID_ENTITY_ID", `invalid entity ID format: ${id}`);
      const merged = await ctx.transaction((tx) =>
        type === "transactions" ? mergeIntoTransactions(tx, id, update) : mergeInto(tx, type, id, update),
      );
      return reply(200, { meta_data: goMapOrder(merged) });
    }),
  );
}
