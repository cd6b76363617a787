import type { ActionResult, Created } from "@/lib/actions/result";
import {
  checkProfileShapes,
  checkRequired,
  emptyProfile,
  IDENTITY_TYPES,
  PROFILE_FIELD_NAMES,
  type ProfileField,
  profileShape,
} from "@/lib/identities/profile";
import { checkMetadataEntries, metadataEntriesSchema } from "@/lib/metadata/entries";
import { z } from "@/lib/zod";

// One schema for the "Create identity" form in the browser and for the server action: the same rules, the same
// messages, checked twice. Core itself requires nothing (POST /identities binds any JSON); the rules are Blnk
// Cloud's: an individual's first and last name or an organization's name, and an email address.

export const createIdentitySchema = z
  .object({
    type: z.enum(IDENTITY_TYPES, "Choose Individual or Organization."),
    ...profileShape,
    metadata: metadataEntriesSchema,
    /** Generated once per form: a retried submission carries the same key and creates nothing new. */
    requestId: z.uuid("The request is not valid. Close the form and open it again."),
  })
  .superRefine((input, ctx) => {
    checkRequired(input.type, input, ctx);
    checkProfileShapes(input, ctx);
    checkMetadataEntries(input.metadata, ctx, "the identity");
  });

export type CreateIdentityFormValues = z.input<typeof createIdentitySchema>;
export type CreateIdentityInput = z.output<typeof createIdentitySchema>;

export const CREATE_IDENTITY_FIELDS = ["type", ...PROFILE_FIELD_NAMES, "metadata"] as const;
export type CreateIdentityField = "type" | ProfileField | "metadata";

export type CreatedIdentity = Created<{
  identityId: string;
  /** The name the Identities table shows. */
  name: string;
}>;
export type CreateIdentityResult = ActionResult<CreatedIdentity, CreateIdentityField>;

export function emptyCreateIdentityForm(): CreateIdentityFormValues {
  return { type: "individual", ...emptyProfile(), metadata: [], requestId: crypto.randomUUID() };
}
