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
} from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError, Input } from "@/components/ui/input";
import type { MetadataEntries } from "@/lib/metadata/entries";

type WithMetadata = FieldValues & { metadata: MetadataEntries };

/** "Metadata" of a create form: optional key/value pairs, each key checked by the shared schema. */
export function MetadataFields<T extends WithMetadata>({
  control,
  register,
  errors: formErrors,
  disabled,
}: {
  control: Control<T, unknown, unknown>;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  disabled?: boolean;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: "metadata" as ArrayPath<T> });
  const errors = formErrors as FieldErrors<WithMetadata>;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">Metadata</legend>
      {fields.map((field, index) => {
        // The key's error keeps the row's plain error ID; the value's has its own.
        const parts = [
          { part: "key", error: errors.metadata?.[index]?.key?.message, errorId: `metadata-${index}-error` },
          {
            part: "value",
            error: errors.metadata?.[index]?.value?.message,
            errorId: `metadata-${index}-value-error`,
          },
        ] as const;
        return (
          <div key={field.id} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              {parts.map(({ part, error, errorId }) => (
                <Input
                  key={part}
                  aria-label={`Metadata ${part} ${index + 1}`}
                  placeholder={part}
                  disabled={disabled}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  {...register(`metadata.${index}.${part}` as Path<T>)}
                />
              ))}
              <Button
                variant="ghost"
                size="icon"
                aria-label={`Remove metadata ${index + 1}`}
                disabled={disabled}
                onClick={() => remove(index)}
              >
                <XIcon aria-hidden />
              </Button>
            </div>
            {parts.map(({ part, error, errorId }) => (
              <FieldError key={part} id={errorId} message={error} />
            ))}
          </div>
        );
      })}
      <Button
        size="sm"
        variant="ghost"
        className="self-start"
        disabled={disabled}
        onClick={() => append({ key: "", value: "" } as never)}
      >
        <PlusIcon aria-hidden /> Add metadata
      </Button>
      <FieldError id="metadata-error" message={errors.metadata?.message ?? errors.metadata?.root?.message} />
    </fieldset>
  );
}
