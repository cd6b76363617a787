"use client";

import { ChevronDownIcon, LockIcon } from "lucide-react";
import { Field, Select } from "@/components/ui/input";
import { ToggleRow } from "@/components/ui/toggle-row";
import { ALLOCATION_STRATEGIES } from "@/lib/create-balance/schema";
import type { CreateBalanceForm, CreateBalancePreset } from "./create-balance-form";
import { EntityField } from "./entity-field";
import { MetadataFields } from "./metadata-fields";

/** "Advanced options" of the create form: lineage and its allocation, the owner, and metadata. */
export function AdvancedOptions({
  form,
  preset,
  isOpen,
  onToggle,
  disabled,
  identityError,
  onUnknownIdentity,
}: {
  form: CreateBalanceForm;
  preset: CreateBalancePreset;
  isOpen: boolean;
  onToggle: () => void;
  disabled: boolean;
  identityError: string | undefined;
  onUnknownIdentity: (message: string | null) => void;
}) {
  const { control, register, watch, formState } = form;
  const { errors } = formState;
  const lineage = watch("trackFundLineage");
  const assignOwner = watch("assignOwner");
  return (
    <section className="flex flex-col gap-4 rounded-md border p-3">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls="create-balance-advanced"
        onClick={onToggle}
        className="flex items-center justify-between text-sm font-medium"
      >
        Advanced options
        <ChevronDownIcon className={isOpen ? "size-4 rotate-180" : "size-4"} aria-hidden />
      </button>
      <div id="create-balance-advanced" hidden={!isOpen} className="flex flex-col gap-4">
        <LineageOptions form={form} lineage={lineage} disabled={disabled} />
        <OwnerOptions
          form={form}
          preset={preset}
          lineage={lineage}
          assignOwner={assignOwner}
          disabled={disabled}
          identityError={identityError}
          onUnknownIdentity={onUnknownIdentity}
        />
        <MetadataFields control={control} register={register} errors={errors} disabled={disabled} />
      </div>
    </section>
  );
}

/** Lineage tracking, and the allocation strategy it needs. Turning lineage on turns the owner on too. */
function LineageOptions({
  form,
  lineage,
  disabled,
}: {
  form: CreateBalanceForm;
  lineage: boolean;
  disabled: boolean;
}) {
  const { register, setValue } = form;
  return (
    <>
      <ToggleRow
        id="create-balance-lineage"
        label="Enable lineage tracking"
        checked={lineage}
        disabled={disabled}
        onCheckedChange={(checked) => {
          setValue("trackFundLineage", checked, { shouldDirty: true });
          if (checked) setValue("assignOwner", true, { shouldDirty: true });
        }}
      />
      {lineage ? (
        <Field id="create-balance-allocation" label="Allocation">
          <Select id="create-balance-allocation" disabled={disabled} {...register("allocationStrategy")}>
            {ALLOCATION_STRATEGIES.map((strategy) => (
              <option key={strategy} value={strategy}>
                {strategy}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </>
  );
}

/** The owner switch and the identity: locked when the page presets it, searchable when the switch is on. */
function OwnerOptions({
  form,
  preset,
  lineage,
  assignOwner,
  disabled,
  identityError,
  onUnknownIdentity,
}: {
  form: CreateBalanceForm;
  preset: CreateBalancePreset;
  lineage: boolean;
  assignOwner: boolean;
  disabled: boolean;
  identityError: string | undefined;
  onUnknownIdentity: (message: string | null) => void;
}) {
  return (
    <>
      <ToggleRow
        id="create-balance-owner"
        label="Assign an owner to this balance"
        checked={assignOwner || lineage}
        // Lineage follows funds to their owner, so the owner cannot be switched off while it is on.
        disabled={lineage || Boolean(preset.identity) || disabled}
        description={lineage ? "Required while lineage tracking is on." : undefined}
        onCheckedChange={(checked) => form.setValue("assignOwner", checked, { shouldDirty: true })}
      />
      {preset.identity ? (
        <LockedValue label="Identity" name={preset.identity.name} id={preset.identity.id} />
      ) : assignOwner || lineage ? (
        <EntityField
          form={form}
          name="identityId"
          onUnknownId={onUnknownIdentity}
          error={identityError}
          disabled={disabled}
        />
      ) : null}
    </>
  );
}

export function LockedValue({ label, name, id }: { label: string; name: string; id: string }) {
  return (
    <div className="flex flex-col gap-1.5">
      <span className="text-sm font-medium">{label}</span>
      <div className="flex items-center gap-2 rounded border border-input bg-muted px-3 py-2 text-sm">
        <LockIcon className="size-3.5 text-muted-foreground" aria-hidden />
        <span>{name}</span>
        <span className="truncate font-mono text-xs text-muted-foreground">{id}</span>
        <span className="sr-only">(preset, cannot be changed here)</span>
      </div>
    </div>
  );
}
