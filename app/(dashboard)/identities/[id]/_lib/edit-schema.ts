import type { ActionResult } from "@/lib/actions/result";
import { isIdentityIdText } from "@/lib/blnk/ids";
import type { Identity } from "@/lib/blnk/types";
import {
  checkProfileShapes,
  fieldApplies,
  formIdentityType,
  type IdentityType,
  PROFILE_FIELD_NAMES,
  PROFILE_FIELDS,
  type Profile,
  type ProfileField,
  storedProfile,
} from "@/lib/identities/profile";
import { fieldIssue, z } from "@/lib/zod";

// "Edit identity" (product.md §12): the fields a person changed, with what each held when they looked, as the
// server action parses it. Core's `PUT /identities/:id` writes only non-empty strings (a field cannot be
// emptied: the old value would silently stay) and replaces the whole metadata object when `meta_data` is sent,
// so only changed profile fields travel, never metadata ("Edit metadata" merges that).

export const EDIT_IDENTITY_MESSAGES = {
  cleared: "Blnk cannot empty a field once it is set: the old value would stay. Enter a new value instead.",
  nothing: "Nothing has changed yet.",
  invalid: "The request is not valid. Close the form and open it again.",
} as const;

const changedField = (name: ProfileField) => {
  const { label, max } = PROFILE_FIELDS[name];
  return z.string().trim().max(max, `Use at most ${max} characters in ${label.toLowerCase()}.`).optional();
};

export const editIdentitySchema = z
  .object({
    identityId: z.string().refine(isIdentityIdText, EDIT_IDENTITY_MESSAGES.invalid),
    /** Each changed field's stored value as the person saw it. */
    previous: z.partialRecord(z.enum(PROFILE_FIELD_NAMES), z.string().max(300)),
    requestId: z.uuid(EDIT_IDENTITY_MESSAGES.invalid),
    ...(Object.fromEntries(PROFILE_FIELD_NAMES.map((name) => [name, changedField(name)])) as Record<
      ProfileField,
      ReturnType<typeof changedField>
    >),
  })
  .superRefine((input, ctx) => {
    const changed = changedFields(input);
    if (changed.length === 0) fieldIssue(ctx, "form", EDIT_IDENTITY_MESSAGES.nothing);
    for (const name of changed) {
      if (input[name] === "") fieldIssue(ctx, name, EDIT_IDENTITY_MESSAGES.cleared);
      if (input.previous[name] === undefined) fieldIssue(ctx, "previous", EDIT_IDENTITY_MESSAGES.invalid);
    }
    checkProfileShapes(input, ctx, (name) => changed.includes(name) && input[name] !== "");
  });

export type EditIdentityRequest = z.input<typeof editIdentitySchema>;
export type EditIdentityInput = z.output<typeof editIdentitySchema>;
export type EditIdentityField = ProfileField | "form";

export type EditedIdentity = {
  identityId: string;
  /** The fields written. */
  fields: ProfileField[];
  /** The answer of an earlier, identical request: nothing new was sent. */
  wasRetry: boolean;
};
export type EditIdentityResult = ActionResult<EditedIdentity, EditIdentityField>;

/** What the form needs of an identity (plain strings, safe to hand to the browser). */
export type EditableIdentity = { id: string; type: IdentityType; stored: Profile };

export function editableIdentity(identity: Identity): EditableIdentity {
  return { id: identity.id, type: formIdentityType(identity.type), stored: storedProfile(identity) };
}

/** The profile fields the request changes. */
export function changedFields(input: Partial<Record<ProfileField, string>>): ProfileField[] {
  return PROFILE_FIELD_NAMES.filter((name) => input[name] !== undefined);
}

/**
 * The request for what the form holds: each field of the identity's type whose trimmed value differs from the
 * stored one, with the stored value beside it.
 */
export function editIdentityRequest(
  identity: EditableIdentity,
  values: Profile,
  requestId: string,
): EditIdentityRequest {
  const { stored, type } = identity;
  const request: EditIdentityRequest = { identityId: identity.id, previous: {}, requestId };
  for (const name of PROFILE_FIELD_NAMES) {
    const value = values[name].trim();
    if (!fieldApplies(name, type) && stored[name] === "") continue;
    if (value === stored[name]) continue;
    request[name] = value;
    request.previous[name] = stored[name];
  }
  return request;
}
