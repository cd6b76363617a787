import "server-only";
import type { AuditActor } from "@/lib/audit/trail";
import { auditedWrite } from "@/lib/audit/write";
import { writeOnce } from "@/lib/audit/write-once";
import { refusalText, unfinishedWrite } from "@/lib/audit/write-support";
import { type Actor, actorMetadata } from "@/lib/auth/actor";
import { listLedgers } from "@/lib/blnk";
import { createLedger } from "@/lib/blnk/ledgers";
import { findByRequestId, REQUEST_ID_KEY } from "@/lib/blnk/request-id";
import type { Attempt } from "@/lib/idempotency";
import { metadataObject } from "@/lib/metadata/entries";
import type { CreatedLedger, CreateLedgerInput, CreateLedgerResult } from "./schema";

// The work behind "Create ledger": `POST /ledgers` once per form (its request ID goes into the ledger's
// metadata, so a retry whose answer never came finds the ledger instead of making a second), audited, with the
// author in the metadata as every create writes it.

type Failure = Extract<CreateLedgerResult, { ok: false }>;
type Done = Omit<CreatedLedger, "wasRetry">;

export const MESSAGES = {
  inDoubt:
    "Blnk did not confirm the ledger in time, so it may or may not exist. Checking with Blnk before anything is sent again…",
  unexpected:
    "Something went wrong while creating the ledger. Try again; if it keeps happening, check the server logs.",
} as const;

export async function createLedgerFromInput(
  input: CreateLedgerInput,
  actor: Actor,
): Promise<CreateLedgerResult> {
  try {
    return await writeOnce<Done, Failure, CreateLedgerResult>("create_ledger", input.requestId, actor, {
      // The look-up and the create, each within one timeout.
      timeouts: 2,
      lookup: async () => {
        const ledger = await findByRequestId((query) => listLedgers(query), input.requestId);
        return ledger ? { ledgerId: ledger.id, name: ledger.name } : null;
      },
      attempt: (who) => attemptCreate(input, actor, who),
      done: (ledger, wasRetry) => ({ ok: true, data: { ...ledger, wasRetry } }),
      inDoubt: { ok: false, error: MESSAGES.inDoubt, fieldErrors: {}, inDoubt: true },
    });
  } catch (error) {
    return {
      ok: false,
      error: refusalText(error, "create_ledger_failed", MESSAGES.unexpected),
      fieldErrors: {},
    };
  }
}

async function attemptCreate(
  input: CreateLedgerInput,
  actor: Actor,
  who: AuditActor,
): Promise<Attempt<Done, Failure>> {
  const request = {
    name: input.name,
    metadata: {
      ...metadataObject(input.metadata),
      ...actorMetadata(actor),
      [REQUEST_ID_KEY]: input.requestId,
    },
  };
  const write = await auditedWrite(
    who,
    { action: "ledger.create", recordType: "ledger", request },
    () => createLedger(request),
    (ledger) => ledger.id,
  );
  if (write.kind !== "done") return unfinishedWrite(write, MESSAGES, "create_ledger_refused");
  return { kind: "done", value: { ledgerId: write.value.id, name: write.value.name } };
}
