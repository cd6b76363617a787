"use client";

import { PlusIcon, XIcon } from "lucide-react";
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError, Input } from "@/components/ui/input";
import type { CreateBalanceFormValues } from "@/lib/create-balance/schema";

/** "Metadata": optional key/value pairs, each key checked by the shared schema. */
export function MetadataFields({
  control,
  register,
  errors,
  disabled,
}: {
  control: Control<CreateBalanceFormValues, unknown, unknown>;
  register: UseFormRegister<CreateBalanceFormValues>;
  errors: FieldErrors<CreateBalanceFormValues>;
  disabled?: boolean;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: "metadata" });
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">Metadata</legend>
      {fields.map((field, index) => {
        const keyError = errors.metadata?.[index]?.key?.message;
        const valueError = errors.metadata?.[index]?.value?.message;
        const errorId = `metadata-${index}-error`;
        const valueErrorId = `metadata-${index}-value-error`;
        return (
          <div key={field.id} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <Input
                aria-label={`Metadata key ${index + 1}`}
                placeholder="key"
                disabled={disabled}
                aria-invalid={keyError ? true : undefined}
                aria-describedby={keyError ? errorId : undefined}
                {...register(`metadata.${index}.key`)}
              />
              <Input
                aria-label={`Metadata value ${index + 1}`}
                placeholder="value"
                disabled={disabled}
                aria-invalid={valueError ? true : undefined}
                aria-describedby={valueError ? valueErrorId : undefined}
                {...register(`metadata.${index}.value`)}
              />
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
            <FieldError id={errorId} message={keyError} />
            <FieldError id={valueErrorId} message={valueError} />
          </div>
        );
      })}
      <Button
        size="sm"
        variant="ghost"
        className="self-start"
        disabled={disabled}
        onClick={() => append({ key: "", value: "" })}
      >
        <PlusIcon aria-hidden /> Add metadata
      </Button>
      <FieldError id="metadata-error" message={errors.metadata?.message ?? errors.metadata?.root?.message} />
    </fieldset>
  );
}
