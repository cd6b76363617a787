import "server-only";
import { createOnce } from "@/lib/audit/create-once";
import type { Actor } from "@/lib/auth/actor";
import { filterIdentities } from "@/lib/blnk";
import { createIdentity } from "@/lib/blnk/identities";
import type { Identity } from "@/lib/blnk/types";
import { profileBody } from "@/lib/identities/profile";
import type {
  CreatedIdentity,
  CreateIdentityField,
  CreateIdentityInput,
  CreateIdentityResult,
} from "./schema";

// The work behind "Create identity": `POST /identities` once per form with the fields of its type, audited,
// with the author and the form's request ID in its metadata (lib/audit/create-once.ts).

export const MESSAGES = {
  inDoubt:
    "Blnk did not confirm the identity in time, so it may or may not exist. Checking with Blnk before anything is sent again…",
  unexpected:
    "Something went wrong while creating the identity. Try again; if it keeps happening, check the server logs.",
} as const;

type Profile = { profile: Record<string, string> };

export function createIdentityFromInput(
  input: CreateIdentityInput,
  actor: Actor,
): Promise<CreateIdentityResult> {
  return createOnce<Identity, Profile, Omit<CreatedIdentity, "wasRetry">, CreateIdentityField>(
    "identity",
    input,
    actor,
    {
      request: { profile: { identity_type: input.type, ...profileBody(input.type, input) } },
      send: (request) => createIdentity(request),
      list: (query) => filterIdentities(query),
      created: (identity) => ({ identityId: identity.id, name: identity.displayName || identity.id }),
      messages: MESSAGES,
    },
  );
}
