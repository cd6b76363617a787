import { describe, expect, it } from "vitest";
import type { Identity } from "@/lib/blnk/types";
import {
  countryLabel,
  countryName,
  formatDateOfBirth,
  identityDetailFields,
  identityTypeLabel,
} from "./fields";

const base: Identity = {
  id: "idt_1",
  type: "individual",
  organizationName: "",
  category: "",
  firstName: "Ada",
  lastName: "Quill",
  otherNames: "",
  gender: "female",
  email: "ada@example.com",
  phone: "+441234",
  nationality: "GB",
  street: "1 Analytical St",
  country: "NG",
  state: "",
  postCode: "N1",
  city: "London",
  dob: "1815-12-10T00:00:00Z",
  createdAt: "2026-08-01T12:00:00Z",
  metadata: null,
  displayName: "Ada Quill",
};

const labelsOf = (identity: Identity) => identityDetailFields(identity).map((field) => field.label);
const fieldValue = (identity: Identity, label: string) =>
  identityDetailFields(identity).find((field) => field.label === label)?.value;

describe("identityDetailFields", () => {
  it("lists an individual's person fields, empty ones too, and no organization name", () => {
    expect(labelsOf(base)).toEqual([
      "Type",
      "First name",
      "Last name",
      "Other names",
      "Email",
      "Phone number",
      "Gender",
      "Date of birth",
      "Nationality",
      "Street address",
      "City",
      "State",
      "Post code",
      "Country",
      "Category",
    ]);
    expect(fieldValue(base, "Type")).toBe("Individual");
    expect(fieldValue(base, "Gender")).toBe("Female");
    expect(fieldValue(base, "Other names")).toBe("");
    expect(fieldValue(base, "Country")).toBe("Nigeria (NG)");
    expect(fieldValue(base, "Date of birth")).toBe("Dec 10, 1815");
  });

  it("lists an organization's name and category, and person fields only when filled", () => {
    const organization: Identity = {
      ...base,
      type: "organization",
      organizationName: "Acme Ltd",
      category: "retail",
      firstName: "Wile",
      lastName: "",
      gender: "",
      dob: null,
    };
    const labels = labelsOf(organization);
    expect(labels.slice(0, 3)).toEqual(["Type", "Organization name", "First name"]);
    expect(labels).not.toContain("Last name");
    expect(labels).not.toContain("Date of birth");
    expect(labels).not.toContain("Gender");
    expect(fieldValue(organization, "Category")).toBe("retail");
  });
});

describe("formatting helpers", () => {
  it("names countries by ISO code and leaves other text alone", () => {
    expect(countryName("ng")).toBe("Nigeria");
    expect(countryName("Atlantis")).toBe("Atlantis");
    expect(countryLabel("GB")).toBe("United Kingdom (GB)");
    expect(countryLabel("Wakanda")).toBe("Wakanda");
    expect(countryLabel("")).toBe("");
  });

  it("shows a date of birth as the calendar date stored, whatever the time zone", () => {
    expect(formatDateOfBirth("1990-03-12T00:00:00Z")).toBe("Mar 12, 1990");
    expect(formatDateOfBirth(null)).toBe("");
  });

  it("capitalises the identity type as stored", () => {
    expect(identityTypeLabel("organization")).toBe("Organization");
    expect(identityTypeLabel(" ")).toBe("");
  });
});
