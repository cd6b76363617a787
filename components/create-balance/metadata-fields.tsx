"use client";

import { PlusIcon, XIcon } from "lucide-react";
import {
  type ArrayPath,
  type Control,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormRegister,
  useFieldArray,
  useWatch,
} from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError, Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import type { MetadataEntries } from "@/lib/metadata/entries";
import { METADATA_TYPE_LABELS, METADATA_TYPES, type MetadataType } from "@/lib/metadata/values";

type WithMetadata = FieldValues & { metadata: MetadataEntries };

const controlClass =
  "rounded border border-input bg-background px-2 text-sm disabled:opacity-60 aria-[invalid=true]:border-danger";

const VALUE_PLACEHOLDERS: Record<MetadataType, string> = {
  text: "value",
  number: "e.g. 42 or 0.25",
  boolean: "",
  json: '{"tier": 2}',
};

/**
 * "Metadata" of a create or edit form: optional key/value pairs, each value of a type (text, a number, a
 * boolean or JSON) checked by the shared schema. Rows whose key is in `existingKeys` are a record's stored
 * metadata: their key is fixed and they cannot be removed (Blnk merges metadata; it never drops a key).
 */
export function MetadataFields<T extends WithMetadata>({
  control,
  register,
  errors: formErrors,
  disabled,
  existingKeys,
}: {
  control: Control<T, unknown, unknown>;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  disabled?: boolean;
  existingKeys?: ReadonlySet<string>;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: "metadata" as ArrayPath<T> });
  const rows = useWatch({ control, name: "metadata" as Path<T> }) as MetadataEntries | undefined;
  const errors = formErrors as FieldErrors<WithMetadata>;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">Metadata</legend>
      {fields.map((field, index) => {
        const stored = (field as unknown as { key?: string }).key;
        const existing = stored !== undefined && stored !== "" && (existingKeys?.has(stored) ?? false);
        return (
          <MetadataRow
            key={field.id}
            index={index}
            type={rows?.[index]?.type ?? "text"}
            existing={existing}
            register={register as unknown as UseFormRegister<WithMetadata>}
            errors={errors}
            disabled={disabled}
            onRemove={() => remove(index)}
          />
        );
      })}
      <Button
        size="sm"
        variant="ghost"
        className="self-start"
        disabled={disabled}
        onClick={() => append({ key: "", value: "", type: "text" } as never)}
      >
        <PlusIcon aria-hidden /> Add metadata
      </Button>
      <FieldError id="metadata-error" message={errors.metadata?.message ?? errors.metadata?.root?.message} />
    </fieldset>
  );
}

function MetadataRow({
  index,
  type,
  existing,
  register,
  errors,
  disabled,
  onRemove,
}: {
  index: number;
  type: MetadataType;
  existing: boolean;
  register: UseFormRegister<WithMetadata>;
  errors: FieldErrors<WithMetadata>;
  disabled?: boolean;
  onRemove: () => void;
}) {
  const n = index + 1;
  // The key's error keeps the row's plain error ID; the value's has its own.
  const keyError = errors.metadata?.[index]?.key?.message;
  const valueError = errors.metadata?.[index]?.value?.message;
  const keyErrorId = `metadata-${index}-error`;
  const valueErrorId = `metadata-${index}-value-error`;
  const valueProps: ValueProps = {
    "aria-label": `Metadata value ${n}`,
    disabled,
    "aria-invalid": valueError ? true : undefined,
    "aria-describedby": valueError ? valueErrorId : undefined,
    ...register(`metadata.${index}.value`),
  };
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <Input
          aria-label={`Metadata key ${n}`}
          placeholder="key"
          disabled={disabled}
          readOnly={existing}
          className={cn(existing && "bg-muted font-mono")}
          aria-invalid={keyError ? true : undefined}
          aria-describedby={keyError ? keyErrorId : undefined}
          {...register(`metadata.${index}.key`)}
        />
        <select
          aria-label={`Metadata type ${n}`}
          disabled={disabled}
          className={cn(controlClass, "h-9 shrink-0")}
          {...register(`metadata.${index}.type`)}
        >
          {METADATA_TYPES.map((option) => (
            <option key={option} value={option}>
              {METADATA_TYPE_LABELS[option]}
            </option>
          ))}
        </select>
        <MetadataValueInput type={type} valueProps={valueProps} />
        {existing ? (
          // Keeps the columns aligned with the rows that can be removed.
          <span aria-hidden className="size-9 shrink-0" />
        ) : (
          <Button
            variant="ghost"
            size="icon"
            aria-label={`Remove metadata ${n}`}
            disabled={disabled}
            onClick={onRemove}
          >
            <XIcon aria-hidden />
          </Button>
        )}
      </div>
      <FieldError id={keyErrorId} message={keyError} />
      <FieldError id={valueErrorId} message={valueError} />
    </div>
  );
}

type ValueProps = ReturnType<UseFormRegister<WithMetadata>> & {
  "aria-label": string;
  disabled?: boolean;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

/** The value control that fits the row's type: a true/false select, a JSON text area, or one line. */
function MetadataValueInput({ type, valueProps }: { type: MetadataType; valueProps: ValueProps }) {
  if (type === "boolean")
    return (
      <select {...valueProps} className={cn(controlClass, "h-9 w-full")}>
        <option value="">Choose…</option>
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    );
  if (type === "json")
    return (
      <textarea
        {...valueProps}
        rows={2}
        spellCheck={false}
        placeholder={VALUE_PLACEHOLDERS.json}
        className={cn(controlClass, "min-h-9 w-full py-1.5 font-mono")}
      />
    );
  return (
    <Input
      {...valueProps}
      placeholder={VALUE_PLACEHOLDERS[type]}
      inputMode={type === "number" ? "decimal" : undefined}
    />
  );
}
