// Request bodies of the refund and bulk inflight routes, bound as Core's Go structs are (http/bind.ts), with the
// fields each profile's Core knew: an unknown key is ignored, whatever its type.

import {
  bindBody,
  bindGo,
  GoBindError,
  type GoStruct,
  type GoType,
  goBigInt,
  goBool,
  goFloat64,
  goMap,
  goString,
} from "../http/bind";
import { CoreError } from "../http/errors";
import type { CoreProfile } from "../http/profile";
import type { Request } from "../http/request";

/** The cap on both bulk inflight routes (model.MaxBulkInflightItems, api/model/transaction.go:115). */
export const MAX_BULK_INFLIGHT_ITEMS = 100;

export type BulkItem = { transactionId: string; preciseAmount: bigint | null; amount: number };
export type BulkRequest = { items: BulkItem[]; skipQueue: boolean; dryRun: boolean };

const flags = (profile: CoreProfile) => ({
  // BulkInflight{Void,Commit}Request (api/model/transaction.go:132-174): skip_queue since 0.15.0, dry_run later.
  ...(profile.inflightQueue || profile.dryRun ? { skip_queue: goBool } : {}),
  ...(profile.dryRun ? { dry_run: goBool } : {}),
});

/** BulkInflight{Void,Commit}Request: the item list under `key` (a Go slice of `elemGoType`), then the flags. */
function bulkStruct(
  profile: CoreProfile,
  name: string,
  key: string,
  elemGoType: string,
  elem: GoType,
): GoStruct {
  const goType = `[]${elemGoType}`;
  return {
    name,
    goType: `model.${name}`,
    fields: { [key]: { type: { kind: "slice", goType, elem }, goType }, ...flags(profile) },
  };
}

const COMMIT_ITEM: GoStruct = {
  name: "BulkInflightCommitItem",
  goType: "model.BulkInflightCommitItem",
  fields: { transaction_id: goString, amount: goFloat64, precise_amount: goBigInt },
};

const voidStruct = (profile: CoreProfile) =>
  bulkStruct(profile, "BulkInflightVoidRequest", "transaction_ids", "string", { kind: "string" });

const commitStruct = (profile: CoreProfile) =>
  bulkStruct(profile, "BulkInflightCommitRequest", "transactions", "model.BulkInflightCommitItem", {
    kind: "struct",
    struct: COMMIT_ITEM,
  });

/**
 * A bulk body as c.BindJSON leaves it (api/transactions.go:843-856, 915-928): a bind error is 400
 * GEN_MALFORMED_REQUEST with Go's text ("EOF" for an empty body), then an empty list is TXN_BULK_EMPTY and more
 * than 100 items TXN_BULK_LIMIT_EXCEEDED, each naming the field.
 */
export function parseBulkInflight(
  request: Request,
  action: "commit" | "void",
  profile: CoreProfile,
): BulkRequest {
  const bound = bindBody(request, action === "void" ? voidStruct(profile) : commitStruct(profile));
  const field = action === "void" ? "transaction_ids" : "transactions";
  const list = (bound[field] as unknown[] | undefined) ?? [];
  if (list.length === 0) throw new CoreError(400, "TXN_BULK_EMPTY", `${field} cannot be empty`);
  if (list.length > MAX_BULK_INFLIGHT_ITEMS) {
    throw new CoreError(
      400,
      "TXN_BULK_LIMIT_EXCEEDED",
      `too many ${field}; max is ${MAX_BULK_INFLIGHT_ITEMS}`,
    );
  }
  const items = list.map((entry): BulkItem => {
    if (action === "void")
      return { transactionId: (entry as string | null) ?? "", preciseAmount: null, amount: 0 };
    const item = entry as Record<string, unknown>;
    return {
      transactionId: (item.transaction_id as string | undefined) ?? "",
      preciseAmount: (item.precise_amount as bigint | undefined) ?? null,
      amount: (item.amount as number | undefined) ?? 0,
    };
  });
  return { items, skipQueue: bound.skip_queue === true, dryRun: bound.dry_run === true };
}

export type RefundRequest = {
  skipQueue: boolean;
  dryRun: boolean;
  description: string;
  metaData: Record<string, unknown> | null;
};

function refundStruct(profile: CoreProfile): GoStruct {
  const full = profile.refundBody === "full";
  return {
    name: "refundTransactionRequest",
    goType: "api.refundTransactionRequest",
    fields: {
      skip_queue: goBool,
      ...(full ? { dry_run: goBool, meta_data: goMap, description: goString } : {}),
    },
  };
}

/**
 * The optional refund body (api/transactions.go:249-259): none at all read by 0.13.2; else ShouldBindJSON, where an
 * empty body (io.EOF) means the defaults and any other bind error is 400 GEN_MALFORMED_REQUEST with its text.
 */
export function parseRefundBody(request: Request, profile: CoreProfile): RefundRequest {
  const none: RefundRequest = { skipQueue: false, dryRun: false, description: "", metaData: null };
  if (profile.refundBody === "none" || request.rawBody.trim() === "") return none;
  const parsed = request.json();
  let bound: Record<string, unknown>;
  try {
    bound = bindGo(parsed, refundStruct(profile));
  } catch (error) {
    if (error instanceof GoBindError) throw new CoreError(400, "GEN_MALFORMED_REQUEST", error.message);
    throw error;
  }
  return {
    skipQueue: bound.skip_queue === true,
    dryRun: bound.dry_run === true,
    description: (bound.description as string | undefined) ?? "",
    metaData: (bound.meta_data as Record<string, unknown> | undefined) ?? null,
  };
}
