"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field, Input } from "@/components/ui/input";
import {
  fieldApplies,
  IDENTITY_TYPE_LABELS,
  IDENTITY_TYPES,
  type IdentityType,
  latestToday,
  PROFILE_FIELDS,
  type Profile,
  type ProfileField,
} from "@/lib/identities/profile";

// An identity's fields, as "Create identity" and "Edit identity" show them: the type, then "Profile" and
// "Address" (separate from metadata, as in Blnk Cloud). Only the fields of the chosen type are shown; what
// was typed in the other type's fields stays in the form but is never sent.

export type ProfileFormValues = Profile & { type: IdentityType };

const PROFILE: readonly ProfileField[] = [
  "firstName",
  "lastName",
  "otherNames",
  "organizationName",
  "email",
  "phone",
  "dob",
  "gender",
  "nationality",
  "category",
];
const ADDRESS: readonly ProfileField[] = ["street", "city", "state", "postCode", "country"];

const INPUT_PROPS: Partial<Record<ProfileField, React.InputHTMLAttributes<HTMLInputElement>>> = {
  email: { type: "email", autoComplete: "email", inputMode: "email" },
  phone: { type: "tel", autoComplete: "tel" },
  dob: { type: "date" },
  firstName: { autoComplete: "given-name" },
  lastName: { autoComplete: "family-name" },
  organizationName: { autoComplete: "organization" },
  street: { autoComplete: "street-address" },
  postCode: { autoComplete: "postal-code" },
  country: { placeholder: "e.g. NG or Nigeria" },
  nationality: { placeholder: "e.g. NG" },
};

type Props = {
  /** Prefix of the controls' IDs, unique on the page. */
  idPrefix: string;
  type: IdentityType;
  register: UseFormRegister<ProfileFormValues>;
  errors: FieldErrors<ProfileFormValues>;
  disabled?: boolean;
  /** Fields marked as required (Create identity's names and email). */
  required?: ReadonlySet<ProfileField>;
};

/** "Individual" / "Organization" as two radio buttons. */
export function IdentityTypeField({ register, disabled }: Pick<Props, "register" | "disabled">) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium">Type</legend>
      <div className="flex gap-4">
        {IDENTITY_TYPES.map((type) => (
          <label key={type} className="flex items-center gap-2 text-sm">
            <input type="radio" value={type} disabled={disabled} {...register("type")} />
            {IDENTITY_TYPE_LABELS[type]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The profile and address fields of the type, each with its label and error. */
export function ProfileFields(props: Props) {
  return (
    <>
      <FieldGroup title="Profile" names={PROFILE} {...props} />
      <FieldGroup title="Address" names={ADDRESS} {...props} />
    </>
  );
}

function FieldGroup({ title, names, ...props }: Props & { title: string; names: readonly ProfileField[] }) {
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        {title}
      </legend>
      {names
        .filter((name) => fieldApplies(name, props.type))
        .map((name) => (
          <ProfileInput key={name} name={name} {...props} />
        ))}
    </fieldset>
  );
}

function ProfileInput({
  name,
  idPrefix,
  register,
  errors,
  disabled,
  required,
}: Props & { name: ProfileField }) {
  const id = `${idPrefix}-${name}`;
  const error = errors[name]?.message;
  const spec = PROFILE_FIELDS[name];
  return (
    <Field id={id} label={spec.label} error={error}>
      <Input
        id={id}
        autoComplete="off"
        {...INPUT_PROPS[name]}
        max={name === "dob" ? latestToday() : undefined}
        maxLength={spec.max * 2}
        disabled={disabled}
        aria-required={required?.has(name) ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register(name)}
      />
    </Field>
  );
}
