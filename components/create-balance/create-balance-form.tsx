"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ChevronDownIcon, LockIcon } from "lucide-react";
import * as React from "react";
import { Controller, type UseFormReturn, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { isIdentityIdText, isLedgerIdText } from "@/lib/blnk/ids";
import { createBalanceAction } from "@/lib/create-balance/actions";
import {
  ALLOCATION_STRATEGIES,
  type CreateBalanceFormValues,
  type CreateBalanceInput,
  createBalanceSchema,
  emptyCreateBalanceForm,
} from "@/lib/create-balance/schema";
import { CurrencyField } from "./currency-field";
import { EntityCombobox } from "./entity-combobox";
import { MetadataFields } from "./metadata-fields";
import { searchIdentityOptions, searchLedgerOptions } from "./owner-and-ledger-search";

export type CreateBalancePreset = {
  ledger?: { id: string; name: string };
  identity?: { id: string; name: string };
};

/** What the provider needs to show a new balance: its ID, where it belongs, and whether it was made just now. */
export type CreatedBalance = {
  balanceId: string;
  wasRetry: boolean;
  ledgerId: string;
  identityId: string | null;
};

export type CreateBalanceForm = UseFormReturn<CreateBalanceFormValues, unknown, CreateBalanceInput>;

export function useCreateBalanceForm(preset: CreateBalancePreset): CreateBalanceForm {
  return useForm<CreateBalanceFormValues, unknown, CreateBalanceInput>({
    resolver: zodResolver(createBalanceSchema),
    defaultValues: emptyCreateBalanceForm({ ledgerId: preset.ledger?.id, identityId: preset.identity?.id }),
  });
}

const FIELD_NAMES = ["ledgerId", "currency", "identityId", "allocationStrategy", "metadata"] as const;

/** While a create is in doubt, the form asks the server again this often (the same request ID, nothing new). */
const RECHECK_MS = 1500;

/** The "Create balance" fields (product.md §4). Submits through the server action, which re-validates. */
export function CreateBalanceFormFields({
  form,
  preset,
  precisionOverrides,
  onCreated,
}: {
  form: CreateBalanceForm;
  preset: CreateBalancePreset;
  precisionOverrides: ReadonlyArray<readonly [string, string]>;
  onCreated: (created: CreatedBalance) => void;
}) {
  const { control, register, handleSubmit, watch, setValue, setError, formState } = form;
  const { errors } = formState;
  const [formError, setFormError] = React.useState<string | null>(null);
  // The values of a create that may have happened, while the server finds out: the fields stay locked (an
  // edited form must not reuse this request ID) and the same values are sent again until it knows.
  const [inDoubt, setInDoubt] = React.useState<CreateBalanceFormValues | null>(null);
  const [checking, setChecking] = React.useState(false);
  const isSubmitting = formState.isSubmitting || inDoubt !== null;
  const [ledgerIdError, setLedgerIdError] = React.useState<string | null>(null);
  const [identityIdError, setIdentityIdError] = React.useState<string | null>(null);
  const [showAdvanced, setShowAdvanced] = React.useState(Boolean(preset.identity));
  const lineage = watch("trackFundLineage");
  const assignOwner = watch("assignOwner");

  // Errors inside "Advanced options" must not hide behind a collapsed section.
  const advancedHasError = Boolean(errors.identityId || errors.metadata || errors.assignOwner);
  React.useEffect(() => {
    if (advancedHasError) setShowAdvanced(true);
  }, [advancedHasError]);

  // The raw form values go to the action, which parses them with the same schema on the server.
  const send = async (values: CreateBalanceFormValues) => {
    setFormError(null);
    let result: Awaited<ReturnType<typeof createBalanceAction>>;
    try {
      result = await createBalanceAction(values);
    } catch {
      setFormError("Could not reach the Ledger Desk server. Nothing was lost: try again.");
      return;
    }
    if (result.ok) {
      setInDoubt(null);
      const hasOwner = values.assignOwner || values.trackFundLineage;
      onCreated({
        ...result.data,
        ledgerId: values.ledgerId.trim(),
        identityId: hasOwner ? values.identityId.trim() || null : null,
      });
      return;
    }
    setInDoubt(result.inDoubt ? values : null);
    for (const name of FIELD_NAMES) {
      const message = result.fieldErrors?.[name];
      if (message) setError(name, { type: "server", message });
    }
    setFormError(result.error);
  };
  const submit = handleSubmit(() => send(form.getValues()));
  // The timer below must call the latest `send` (it closes over the latest onCreated).
  const sendRef = React.useRef(send);
  sendRef.current = send;
  const checkAgain = React.useCallback(async (values: CreateBalanceFormValues) => {
    setChecking(true);
    try {
      await sendRef.current(values);
    } finally {
      setChecking(false);
    }
  }, []);

  React.useEffect(() => {
    if (!inDoubt || checking) return;
    const timer = window.setTimeout(() => void checkAgain(inDoubt), RECHECK_MS);
    return () => window.clearTimeout(timer);
  }, [inDoubt, checking, checkAgain]);

  const ledgerError = ledgerIdError ?? errors.ledgerId?.message;
  const identityError = identityIdError ?? errors.identityId?.message;

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-1 flex-col gap-5 overflow-y-auto"
      aria-busy={isSubmitting}
    >
      {preset.ledger ? (
        <LockedValue label="Ledger" name={preset.ledger.name} id={preset.ledger.id} />
      ) : (
        <Controller
          control={control}
          name="ledgerId"
          render={({ field }) => (
            <EntityCombobox
              id="create-balance-ledger"
              label="Ledger"
              value={field.value}
              onChange={field.onChange}
              search={searchLedgerOptions}
              queryKey="ledgers"
              isIdText={isLedgerIdText}
              unknownIdMessage="No ledger has this ID."
              onUnknownId={setLedgerIdError}
              placeholder="Search by name, or paste a ledger ID"
              hint="Application balances usually belong in a ledger other than the General Ledger."
              error={ledgerError}
              disabled={isSubmitting}
            />
          )}
        />
      )}

      <Controller
        control={control}
        name="currency"
        render={({ field }) => (
          <CurrencyField
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.currency?.message}
            overrides={precisionOverrides}
            disabled={isSubmitting}
          />
        )}
      />

      <section className="flex flex-col gap-4 rounded-md border p-3">
        <button
          type="button"
          aria-expanded={showAdvanced}
          aria-controls="create-balance-advanced"
          onClick={() => setShowAdvanced((open) => !open)}
          className="flex items-center justify-between text-sm font-medium"
        >
          Advanced options
          <ChevronDownIcon className={showAdvanced ? "size-4 rotate-180" : "size-4"} aria-hidden />
        </button>
        <div id="create-balance-advanced" hidden={!showAdvanced} className="flex flex-col gap-4">
          <ToggleRow
            id="create-balance-lineage"
            label="Enable lineage tracking"
            checked={lineage}
            disabled={isSubmitting}
            onCheckedChange={(checked) => {
              setValue("trackFundLineage", checked, { shouldDirty: true });
              if (checked) setValue("assignOwner", true, { shouldDirty: true });
            }}
          />
          {lineage ? (
            <div className="flex flex-col gap-1.5">
              <label htmlFor="create-balance-allocation" className="text-sm font-medium">
                Allocation
              </label>
              <select
                id="create-balance-allocation"
                disabled={isSubmitting}
                className="h-9 rounded border border-input bg-background px-2 text-sm"
                {...register("allocationStrategy")}
              >
                {ALLOCATION_STRATEGIES.map((strategy) => (
                  <option key={strategy} value={strategy}>
                    {strategy}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <ToggleRow
            id="create-balance-owner"
            label="Assign an owner to this balance"
            checked={assignOwner || lineage}
            // Lineage follows funds to their owner, so the owner cannot be switched off while it is on.
            disabled={lineage || Boolean(preset.identity) || isSubmitting}
            description={lineage ? "Required while lineage tracking is on." : undefined}
            onCheckedChange={(checked) => setValue("assignOwner", checked, { shouldDirty: true })}
          />
          {preset.identity ? (
            <LockedValue label="Identity" name={preset.identity.name} id={preset.identity.id} />
          ) : assignOwner || lineage ? (
            <Controller
              control={control}
              name="identityId"
              render={({ field }) => (
                <EntityCombobox
                  id="create-balance-identity"
                  label="Identity"
                  value={field.value}
                  onChange={field.onChange}
                  search={searchIdentityOptions}
                  queryKey="identities"
                  isIdText={isIdentityIdText}
                  unknownIdMessage="No identity has this ID."
                  onUnknownId={setIdentityIdError}
                  placeholder="Search by name or email, or paste an identity ID"
                  error={identityError}
                  disabled={isSubmitting}
                />
              )}
            />
          ) : null}
          <MetadataFields control={control} register={register} errors={errors} disabled={isSubmitting} />
        </div>
      </section>

      {formError ? (
        <p role="alert" className="rounded-md border border-danger/50 px-3 py-2 text-sm">
          {formError}
        </p>
      ) : null}

      <div className="mt-auto flex items-center justify-end gap-2 border-t pt-4">
        {inDoubt ? (
          <Button
            type="button"
            variant="primary"
            disabled={checking}
            aria-busy={checking}
            onClick={() => void checkAgain(inDoubt)}
          >
            {checking ? "Checking…" : "Check again"}
          </Button>
        ) : (
          <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting}>
            {isSubmitting ? "Creating…" : "Create balance"}
          </Button>
        )}
      </div>
    </form>
  );
}

function ToggleRow(props: {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  description?: string;
  onCheckedChange: (checked: boolean) => void;
}) {
  return (
    <div className="flex items-start justify-between gap-3">
      <div className="flex flex-col gap-0.5">
        <label htmlFor={props.id} className="text-sm">
          {props.label}
        </label>
        {props.description ? (
          <span id={`${props.id}-description`} className="text-xs text-muted-foreground">
            {props.description}
          </span>
        ) : null}
      </div>
      <Switch
        id={props.id}
        checked={props.checked}
        disabled={props.disabled}
        onCheckedChange={props.onCheckedChange}
        aria-describedby={props.description ? `${props.id}-description` : undefined}
      />
    </div>
  );
}

function LockedValue({ label, name, id }: { label: string; name: string; id: string }) {
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
