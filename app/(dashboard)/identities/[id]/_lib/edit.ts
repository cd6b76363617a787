import "server-only";
import type { AuditActor } from "@/lib/audit/trail";
import { auditedWrite } from "@/lib/audit/write";
import { writeOnce } from "@/lib/audit/write-once";
import { refusalText, unfinishedWrite } from "@/lib/audit/write-support";
import type { Actor } from "@/lib/auth/actor";
import { getIdentity } from "@/lib/blnk";
import { updateIdentity } from "@/lib/blnk/identities";
import type { Attempt } from "@/lib/idempotency";
import { PROFILE_FIELDS, type ProfileField, profileBody, storedProfile } from "@/lib/identities/profile";
import { changedFields, type EditIdentityInput, type EditIdentityResult } from "./edit-schema";

// The work behind "Edit identity": `PUT /identities/:id` with the changed fields only, once per request ID,
// audited as identity.update with the values it replaced, and refused when a field changed in Blnk since the
// person looked (what they saw and meant to replace is no longer there).

type Failure = Extract<EditIdentityResult, { ok: false }>;
type Done = { fields: ProfileField[] };

export const MESSAGES = {
  inDoubt:
    "Blnk did not confirm the change in time, so it may or may not have been saved. Checking with Blnk before anything is sent again…",
  unexpected:
    "Something went wrong while saving the identity. Try again; if it keeps happening, check the server logs.",
} as const;

const fail = (error: string): Failure => ({ ok: false, error, fieldErrors: {} });

async function currentProfile(id: string) {
  return storedProfile(await getIdentity(id));
}

export async function editIdentityFromInput(
  input: EditIdentityInput,
  actor: Actor,
): Promise<EditIdentityResult> {
  const fields = changedFields(input);
  try {
    return await writeOnce<Done, Failure, EditIdentityResult>("update_identity", input.requestId, actor, {
      // The read and the write, each within one timeout.
      timeouts: 2,
      lookup: async () => {
        const current = await currentProfile(input.identityId);
        return fields.every((name) => current[name] === input[name]) ? { fields } : null;
      },
      attempt: (who) => attemptEdit(input, fields, who),
      done: (done, wasRetry) => ({
        ok: true,
        data: { identityId: input.identityId, fields: done.fields, wasRetry },
      }),
      inDoubt: { ok: false, error: MESSAGES.inDoubt, fieldErrors: {}, inDoubt: true },
    });
  } catch (error) {
    return fail(refusalText(error, "edit_identity_failed", MESSAGES.unexpected));
  }
}

async function attemptEdit(
  input: EditIdentityInput,
  fields: ProfileField[],
  who: AuditActor,
): Promise<Attempt<Done, Failure>> {
  const current = await currentProfile(input.identityId);
  const moved = fields.find((name) => current[name] !== input.previous[name]);
  if (moved !== undefined) {
    return {
      kind: "failed",
      failure: fail(
        `${PROFILE_FIELDS[moved].label} changed in Blnk since this form opened. Close it and open it again to see the identity as it is now.`,
      ),
    };
  }
  const body = profileBody(null, input);
  const previous = profileBody(null, input.previous);
  const write = await auditedWrite(
    who,
    {
      action: "identity.update",
      recordType: "identity",
      recordId: input.identityId,
      request: { ...body, previous },
    },
    () => updateIdentity(input.identityId, body),
    () => input.identityId,
  );
  if (write.kind !== "done") return unfinishedWrite(write, MESSAGES, "edit_identity_refused");
  return { kind: "done", value: { fields } };
}
