// Core's model.Identity (blnk-api.md §4.4): the JSON shape, its columns, and how a request body binds to it.

import type { FilterSpec } from "../filters";
import { bindBody, GoBindError, type GoStruct, goMap, goString, goTime } from "../http/bind";
import { CoreError } from "../http/errors";
import type { Request } from "../http/request";
import { toJson } from "../json";
import { formatTime } from "../storage/context";
import { parseGoTime } from "./identity-time";
import { goMapOrder } from "./metadata-json";

/** The string fields after identity_id, in Core's struct order (also the JSON order of responses). */
export const IDENTITY_TEXT_FIELDS = [
  "identity_type",
  "organization_name",
  "category",
  "first_name",
  "last_name",
  "other_names",
  "gender",
  "email_address",
  "phone_number",
  "nationality",
  "street",
  "country",
  "state",
  "post_code",
  "city",
] as const;
type TextField = (typeof IDENTITY_TEXT_FIELDS)[number];

export const IDENTITY_COLUMNS = `identity_id, ${IDENTITY_TEXT_FIELDS.join(", ")}, dob, created_at, meta_data`;

export type IdentityRow = {
  identity_id: string;
  dob: Date | null;
  created_at: Date;
  meta_data: unknown;
} & Record<TextField, string>;

export const IDENTITY_FILTER_SPEC: FilterSpec = {
  table: "identities",
  // Core's filter package calls the table "identity" in its messages.
  name: "identity",
  fields: {
    identity_id: "text",
    ...Object.fromEntries(IDENTITY_TEXT_FIELDS.map((field) => [field, "text" as const])),
    dob: "date",
    created_at: "timestamp",
  },
  hasMetadata: true,
};

const IDENTITY_STRUCT: GoStruct = {
  name: "Identity",
  goType: "model.Identity",
  fields: {
    identity_id: goString,
    ...Object.fromEntries(IDENTITY_TEXT_FIELDS.map((field) => [field, goString])),
    dob: goTime,
    created_at: goTime,
    meta_data: goMap,
  },
};

/** Core's model.Identity JSON: every field present, "" / zero time / null defaults, struct order. */
export function toIdentity(row: IdentityRow): Record<string, unknown> {
  const identity: Record<string, unknown> = { identity_id: row.identity_id };
  for (const field of IDENTITY_TEXT_FIELDS) identity[field] = row[field] ?? "";
  identity.dob = formatTime(row.dob);
  identity.created_at = formatTime(row.created_at);
  identity.meta_data = goMapOrder(row.meta_data ?? null);
  return identity;
}

export type IdentityInput = {
  identityId: string;
  text: Partial<Record<TextField, string>>;
  /** RFC3339 text for a timestamptz parameter; null for Go's zero time or when absent. */
  dob: string | null;
  /** The meta_data object as JSON text, or undefined when absent/null. */
  metaData: string | undefined;
};

/** Binds a POST/PUT /identities body like Core's ShouldBindJSON(&model.Identity): 400 GEN_MALFORMED_REQUEST. */
export function bindIdentity(request: Request): IdentityInput {
  const body = bindBody(request, IDENTITY_STRUCT);
  let dob: string | null = null;
  try {
    if (typeof body.dob === "string") dob = parseGoTime(body.dob);
    // created_at is decoded (so a bad value is Core's 400) and then ignored: the server stamps it.
    if (typeof body.created_at === "string") parseGoTime(body.created_at);
  } catch (error) {
    if (error instanceof GoBindError) throw new CoreError(400, "GEN_MALFORMED_REQUEST", error.message);
    throw error;
  }
  const text: Partial<Record<TextField, string>> = {};
  for (const field of IDENTITY_TEXT_FIELDS) {
    const value = body[field];
    if (typeof value === "string") text[field] = value;
  }
  return {
    identityId: typeof body.identity_id === "string" ? body.identity_id : "",
    text,
    dob,
    metaData: body.meta_data === undefined ? undefined : toJson(body.meta_data),
  };
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** google/uuid's Parse: the 36-char form, `{…}`, `urn:uuid:…`, or 32 bare hex digits. */
export function isGoUuid(text: string): boolean {
  if (/^[0-9a-f]{32}$/i.test(text)) return true;
  if (/^\{.{36}\}$/.test(text)) return UUID_RE.test(text.slice(1, -1));
  if (/^urn:uuid:/i.test(text)) return UUID_RE.test(text.slice(9));
  return UUID_RE.test(text);
}

/** Core's checks on a client-chosen identity_id (400 IDT_VALIDATION_ERROR, upgraded from GEN_BAD_REQUEST). */
export function checkClientIdentityId(id: string) {
  if (!id.startsWith("idt_")) {
    throw new CoreError(400, "IDT_VALIDATION_ERROR", "identity_id must start with the 'idt_' prefix");
  }
  if (!isGoUuid(id.slice(4))) {
    const message = "identity_id suffix after 'idt_' must be a valid UUID";
    throw new CoreError(400, "IDT_VALIDATION_ERROR", message, "error", {});
  }
}
