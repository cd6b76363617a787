import type { Identity } from "@/lib/blnk/types";

// How an identity's fields read on screen. Core stores every field as free text ("" when unset), so these
// helpers only tidy what is there and never invent a value.

export type IdentityField = {
  label: string;
  /** "" when Blnk has no value (shown as a dash). */
  value: string;
};

export function isOrganization(identity: Pick<Identity, "type">): boolean {
  return identity.type.trim().toLowerCase() === "organization";
}

/** "individual" → "Individual"; other free text as typed, first letter capitalised; "" stays "". */
export function identityTypeLabel(type: string): string {
  return capitalize(type.trim());
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** A country name for an ISO 3166 code ("NG" → "Nigeria"); any other text unchanged. */
export function countryName(text: string): string {
  const code = text.trim();
  if (!/^([A-Za-z]{2}|\d{3})$/.test(code)) return code;
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "Nigeria (NG)" when the code is known, else the text as stored. */
export function countryLabel(text: string): string {
  const code = text.trim();
  const name = countryName(code);
  return name && name.toUpperCase() !== code.toUpperCase() ? `${name} (${code.toUpperCase()})` : code;
}

const dateOfBirth = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/**
 * A date of birth is a calendar date, not an instant: Core stores it as midnight UTC, so it is shown in UTC
 * (never shifted a day by the viewer's time zone). "" when there is none.
 */
export function formatDateOfBirth(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateOfBirth.format(date);
}

/**
 * The identity's own fields in the order Blnk Cloud's details page lists them. Person fields are always
 * listed for individuals and organization fields for organizations; the other kind's fields only when filled.
 */
export function identityDetailFields(identity: Identity): IdentityField[] {
  const organization = isOrganization(identity);
  const always = (label: string, value: string): IdentityField[] => [{ label, value: value.trim() }];
  const ifFilled = (label: string, value: string): IdentityField[] =>
    value.trim() ? [{ label, value: value.trim() }] : [];
  const person = organization ? ifFilled : always;
  const company = organization ? always : ifFilled;

  return [
    ...always("Type", identityTypeLabel(identity.type)),
    ...company("Organization name", identity.organizationName),
    ...person("First name", identity.firstName),
    ...person("Last name", identity.lastName),
    ...person("Other names", identity.otherNames),
    ...always("Email", identity.email),
    ...always("Phone number", identity.phone),
    ...person("Gender", capitalize(identity.gender.trim())),
    ...person("Date of birth", formatDateOfBirth(identity.dob)),
    ...always("Nationality", countryLabel(identity.nationality)),
    ...always("Street address", identity.street),
    ...always("City", identity.city),
    ...always("State", identity.state),
    ...always("Post code", identity.postCode),
    ...always("Country", countryLabel(identity.country)),
    ...always("Category", identity.category),
  ];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
