import "server-only";
import type { AuditActor } from "@/lib/audit/trail";
import { auditedWrite } from "@/lib/audit/write";
import { writeOnce } from "@/lib/audit/write-once";
import { refusalText, unfinishedWrite } from "@/lib/audit/write-support";
import { type Actor, actorMetadata } from "@/lib/auth/actor";
import { filterIdentities } from "@/lib/blnk";
import { createIdentity } from "@/lib/blnk/identities";
import { findByRequestId, REQUEST_ID_KEY } from "@/lib/blnk/request-id";
import type { Identity } from "@/lib/blnk/types";
import type { Attempt } from "@/lib/idempotency";
import { profileBody } from "@/lib/identities/profile";
import { metadataObject } from "@/lib/metadata/entries";
import type { CreatedIdentity, CreateIdentityInput, CreateIdentityResult } from "./schema";

// The work behind "Create identity": `POST /identities` once per form (its request ID goes into the identity's
// metadata, so a retry whose answer never came finds the identity instead of making a second), audited, with
// the author in the metadata as every create writes it.

type Failure = Extract<CreateIdentityResult, { ok: false }>;
type Done = Omit<CreatedIdentity, "wasRetry">;

export const MESSAGES = {
  inDoubt:
    "Blnk did not confirm the identity in time, so it may or may not exist. Checking with Blnk before anything is sent again…",
  unexpected:
    "Something went wrong while creating the identity. Try again; if it keeps happening, check the server logs.",
} as const;

const created = (identity: Identity): Done => ({
  identityId: identity.id,
  name: identity.displayName || identity.id,
});

export async function createIdentityFromInput(
  input: CreateIdentityInput,
  actor: Actor,
): Promise<CreateIdentityResult> {
  try {
    return await writeOnce<Done, Failure, CreateIdentityResult>("create_identity", input.requestId, actor, {
      // The look-up and the create, each within one timeout.
      timeouts: 2,
      lookup: async () => {
        const identity = await findByRequestId((query) => filterIdentities(query), input.requestId);
        return identity ? created(identity) : null;
      },
      attempt: (who) => attemptCreate(input, actor, who),
      done: (identity, wasRetry) => ({ ok: true, data: { ...identity, wasRetry } }),
      inDoubt: { ok: false, error: MESSAGES.inDoubt, fieldErrors: {}, inDoubt: true },
    });
  } catch (error) {
    return {
      ok: false,
      error: refusalText(error, "create_identity_failed", MESSAGES.unexpected),
      fieldErrors: {},
    };
  }
}

async function attemptCreate(
  input: CreateIdentityInput,
  actor: Actor,
  who: AuditActor,
): Promise<Attempt<Done, Failure>> {
  const request = {
    profile: { identity_type: input.type, ...profileBody(input.type, input) },
    metadata: {
      ...metadataObject(input.metadata),
      ...actorMetadata(actor),
      [REQUEST_ID_KEY]: input.requestId,
    },
  };
  const write = await auditedWrite(
    who,
    { action: "identity.create", recordType: "identity", request },
    () => createIdentity(request),
    (identity) => identity.id,
  );
  if (write.kind !== "done") return unfinishedWrite(write, MESSAGES, "create_identity_refused");
  return { kind: "done", value: created(write.value) };
}
