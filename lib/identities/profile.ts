import type { Identity } from "@/lib/blnk/types";
import { fieldIssue, z } from "@/lib/zod";

// An identity's profile as "Create identity" and "Edit identity" take it (product.md §12): Core's fields
// (blnk-api.md §4.4), each free text in Core, checked here so that what Blnk stores reads right: required
// names and email, an email and a phone that look like one, a real date of birth that is not in the future.
// One set of rules for the browser and the server action.

export const IDENTITY_TYPES = ["individual", "organization"] as const;
export type IdentityType = (typeof IDENTITY_TYPES)[number];
export const IDENTITY_TYPE_LABELS: Record<IdentityType, string> = {
  individual: "Individual",
  organization: "Organization",
};

type FieldSpec = {
  /** The key in Core's identity JSON. */
  wire: string;
  label: string;
  max: number;
  /** Fields only one type has; the rest are for both. */
  only?: IdentityType;
};

export const PROFILE_FIELDS = {
  firstName: { wire: "first_name", label: "First name", max: 100, only: "individual" },
  lastName: { wire: "last_name", label: "Last name", max: 100, only: "individual" },
  otherNames: { wire: "other_names", label: "Other names", max: 200, only: "individual" },
  organizationName: { wire: "organization_name", label: "Organization name", max: 200, only: "organization" },
  email: { wire: "email_address", label: "Email", max: 254 },
  phone: { wire: "phone_number", label: "Phone number", max: 32 },
  dob: { wire: "dob", label: "Date of birth", max: 10, only: "individual" },
  gender: { wire: "gender", label: "Gender", max: 50, only: "individual" },
  nationality: { wire: "nationality", label: "Nationality", max: 100 },
  category: { wire: "category", label: "Category", max: 100 },
  street: { wire: "street", label: "Street", max: 200 },
  city: { wire: "city", label: "City", max: 100 },
  state: { wire: "state", label: "State", max: 100 },
  postCode: { wire: "post_code", label: "Post code", max: 20 },
  country: { wire: "country", label: "Country", max: 100 },
} as const satisfies Record<string, FieldSpec>;

export type ProfileField = keyof typeof PROFILE_FIELDS;
export const PROFILE_FIELD_NAMES = Object.keys(PROFILE_FIELDS) as ProfileField[];
export type Profile = Record<ProfileField, string>;

export const profileShape = Object.fromEntries(
  PROFILE_FIELD_NAMES.map((name) => {
    const { label, max } = PROFILE_FIELDS[name] as FieldSpec;
    return [
      name,
      z.string().trim().max(max, `Use at most ${max} characters in ${label.toLowerCase()}.`).default(""),
    ];
  }),
) as Record<ProfileField, z.ZodDefault<z.ZodString>>;

export function emptyProfile(): Profile {
  return Object.fromEntries(PROFILE_FIELD_NAMES.map((name) => [name, ""])) as Profile;
}

/** Whether the field belongs on a form for this type of identity. */
export function fieldApplies(name: ProfileField, type: IdentityType): boolean {
  const only = (PROFILE_FIELDS[name] as FieldSpec).only;
  return only === undefined || only === type;
}

// Deliberately plain: one @, something before it, a dot in the domain, no spaces. Real checks are a mail away.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?[0-9][0-9 ().-]{3,30}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const PROFILE_MESSAGES = {
  firstName: "Enter the first name.",
  lastName: "Enter the last name.",
  organizationName: "Enter the organization's name.",
  email: "Enter an email address.",
  emailInvalid: "Enter an email address like name@example.com.",
  phoneInvalid: "Enter a phone number of digits, spaces and + ( ) - only, like +44 20 7946 0958.",
  dobInvalid: "Enter a real date, like 1990-04-21.",
  dobFuture: "A date of birth cannot be in the future.",
  dobTooOld: "Enter a date of birth after 1900.",
} as const;

/**
 * The latest calendar date anywhere on Earth now (UTC+14): a person born "today" where they live is never
 * refused, and a date later than that is in the future for everyone.
 */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/** Why a YYYY-MM-DD date of birth is refused, or null. */
export function dobProblem(text: string, now = new Date()): string | null {
  const match = DATE.exec(text);
  if (!match) return PROFILE_MESSAGES.dobInvalid;
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text)
    return PROFILE_MESSAGES.dobInvalid;
  if (text > latestToday(now)) return PROFILE_MESSAGES.dobFuture;
  if (text < "1900-01-01") return PROFILE_MESSAGES.dobTooOld;
  return null;
}

/** The shape checks of every filled field (email, phone, date of birth), at its field. */
export function checkProfileShapes(
  profile: Partial<Profile>,
  ctx: z.RefinementCtx,
  filled: (name: ProfileField) => boolean = (name) => (profile[name] ?? "") !== "",
) {
  if (filled("email") && !EMAIL.test(profile.email ?? ""))
    fieldIssue(ctx, "email", PROFILE_MESSAGES.emailInvalid);
  if (filled("phone") && !PHONE.test(profile.phone ?? ""))
    fieldIssue(ctx, "phone", PROFILE_MESSAGES.phoneInvalid);
  const dob = filled("dob") ? dobProblem(profile.dob ?? "") : null;
  if (dob) fieldIssue(ctx, "dob", dob);
}

/** What a new identity must have: its names (by type) and an email address, as Blnk Cloud asks. */
export function checkRequired(type: IdentityType, profile: Profile, ctx: z.RefinementCtx) {
  const required: ProfileField[] =
    type === "individual" ? ["firstName", "lastName", "email"] : ["organizationName", "email"];
  for (const name of required)
    if (profile[name] === "") fieldIssue(ctx, name, PROFILE_MESSAGES[name as keyof typeof PROFILE_MESSAGES]);
}

/** Core's JSON for the filled fields (of `type` only, when given); a date of birth as midnight UTC, as Core stores it. */
export function profileBody(type: IdentityType | null, profile: Partial<Profile>): Record<string, string> {
  const body: Record<string, string> = {};
  for (const name of PROFILE_FIELD_NAMES) {
    const value = profile[name]?.trim() ?? "";
    if (value === "" || (type !== null && !fieldApplies(name, type))) continue;
    body[PROFILE_FIELDS[name].wire] = name === "dob" ? `${value}T00:00:00Z` : value;
  }
  return body;
}

/** A stored identity's profile as the form shows it (a date of birth as its UTC calendar date). */
export function storedProfile(identity: Identity): Profile {
  const profile = emptyProfile();
  for (const name of PROFILE_FIELD_NAMES) {
    if (name === "dob") profile.dob = identity.dob ? utcDate(identity.dob) : "";
    else profile[name] = identity[name].trim();
  }
  return profile;
}

function utcDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso.slice(0, 10) : date.toISOString().slice(0, 10);
}

/** The identity's type as the forms know it: "organization", else "individual" (Core stores free text). */
export function formIdentityType(type: string): IdentityType {
  return type.trim().toLowerCase() === "organization" ? "organization" : "individual";
}
