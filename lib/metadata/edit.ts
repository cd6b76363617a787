import "server-only";
import type { AuditActor } from "@/lib/audit/trail";
import { auditedWrite } from "@/lib/audit/write";
import { writeOnce } from "@/lib/audit/write-once";
import { refusalText, unfinishedWrite } from "@/lib/audit/write-support";
import { type Actor, actorMetadata } from "@/lib/auth/actor";
import { BlnkError, getBalance, getIdentity, getLedger } from "@/lib/blnk";
import { updateMetadata } from "@/lib/blnk/metadata";
import type { Attempt } from "@/lib/idempotency";
import type { EditMetadataInput, EditMetadataResult } from "./edit-schema";
import { METADATA_LIMITS, metadataBytes, metadataObject } from "./entries";
import { canonicalJson } from "./values";

// "Edit metadata" (product.md §12): `POST /:id/metadata` with the changed keys only, once per request ID,
// audited, and refused when a key changed since the person looked (the diff they confirmed would be wrong).
// Core merges the keys into the record's metadata; `updated_by` names the person who changed it last.

type Failure = Extract<EditMetadataResult, { ok: false }>;
type Done = { keys: string[] };

const RECORDS = {
  bln: { type: "balance", read: async (id: string) => (await getBalance(id)).metadata },
  idt: { type: "identity", read: async (id: string) => (await getIdentity(id)).metadata },
  ldg: { type: "ledger", read: async (id: string) => (await getLedger(id)).metadata },
} as const;

export const MESSAGES = {
  inDoubt:
    "Blnk did not confirm the metadata in time, so it may or may not have changed. Checking with Blnk before anything is sent again…",
  unexpected:
    "Something went wrong while updating the metadata. Try again; if it keeps happening, check the server logs.",
  forbidden:
    "The Blnk API key may not change metadata. Before Blnk 0.15.3 only the master key may; from 0.15.3 a key with metadata:write may.",
  tooLarge: `With these changes the metadata would be over ${METADATA_LIMITS.totalBytes / 1024} KB in all. Shorten a value.`,
} as const;

const fail = (error: string): Failure => ({ ok: false, error, fieldErrors: {} });

function recordOf(entityId: string) {
  return RECORDS[entityId.slice(0, 3) as keyof typeof RECORDS];
}

export async function editMetadataFromInput(
  input: EditMetadataInput,
  actor: Actor,
): Promise<EditMetadataResult> {
  const changes = metadataObject(input.metadata);
  try {
    return await writeOnce<Done, Failure, EditMetadataResult>("update_metadata", input.requestId, actor, {
      // The read and the write, each within one timeout.
      timeouts: 2,
      lookup: async () => {
        const current = (await recordOf(input.entityId).read(input.entityId)) ?? {};
        const applied = Object.entries(changes).every(
          ([key, value]) =>
            Object.hasOwn(current, key) && canonicalJson(current[key]) === canonicalJson(value),
        );
        return applied ? { keys: Object.keys(changes) } : null;
      },
      attempt: (who) => attemptEdit(input, changes, actor, who),
      done: ({ keys }, wasRetry) => ({ ok: true, data: { entityId: input.entityId, keys, wasRetry } }),
      inDoubt: { ok: false, error: MESSAGES.inDoubt, fieldErrors: {}, inDoubt: true },
    });
  } catch (error) {
    return fail(refusalText(error, "edit_metadata_failed", MESSAGES.unexpected));
  }
}

async function attemptEdit(
  input: EditMetadataInput,
  changes: Record<string, unknown>,
  actor: Actor,
  who: AuditActor,
): Promise<Attempt<Done, Failure>> {
  const record = recordOf(input.entityId);
  const current = (await record.read(input.entityId)) ?? {};
  const moved = Object.keys(changes).find((key) => {
    const now = Object.hasOwn(current, key) ? canonicalJson(current[key]) : null;
    return now !== input.previous[key];
  });
  if (moved !== undefined) {
    return {
      kind: "failed",
      failure: fail(
        `${moved} changed in Blnk since this dialog opened. Close it and open it again to see the current metadata.`,
      ),
    };
  }
  const metadata = { ...changes, updated_by: actorMetadata(actor).created_by };
  if (metadataBytes({ ...current, ...metadata }) > METADATA_LIMITS.totalBytes)
    return { kind: "failed", failure: fail(MESSAGES.tooLarge) };
  const write = await auditedWrite(
    who,
    {
      action: `${record.type}.metadata`,
      recordType: record.type,
      recordId: input.entityId,
      request: { meta_data: metadata, previous: input.previous },
    },
    () => updateMetadata(input.entityId, metadata),
    () => input.entityId,
  );
  if (write.kind === "refused" && write.error instanceof BlnkError && write.error.kind === "forbidden")
    return { kind: "failed", failure: fail(MESSAGES.forbidden) };
  if (write.kind !== "done") return unfinishedWrite(write, MESSAGES, "edit_metadata_refused");
  return { kind: "done", value: { keys: Object.keys(changes) } };
}
