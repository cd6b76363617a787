"use client";

import * as React from "react";
import { EntityCombobox } from "@/components/create-balance/entity-combobox";
import { IDENTITY_PICKER, searchIdentityOptions } from "@/components/create-balance/owner-and-ledger-search";
import { ConfirmWriteDialog } from "@/components/record/confirm-write-dialog";
import { useConfirmedWrite } from "@/components/record/use-confirmed-write";
import { useRefreshAfterWrite } from "@/components/record/use-refresh-after-write";
import { toast } from "@/components/ui/toast";
import { isIdentityIdText } from "@/lib/blnk/ids";
import { assignBalanceIdentity } from "../_lib/actions";
import type { AssignedIdentity } from "../_lib/assign-identity-schema";

type Owner = { id: string; name: string };

/**
 * "Assign identity": search by name or email, or paste an identity ID, then "Submit". When the balance has an
 * owner already, "Submit" first asks to confirm the change, naming both identities (and, for a balance that
 * tracks fund lineage, what that means for its lineage).
 */
export function AssignIdentityDialog({
  balanceId,
  owner,
  tracksLineage,
  onClose,
}: {
  balanceId: string;
  /** The owner the page shows now, if any. */
  owner: Owner | null;
  tracksLineage: boolean;
  onClose: () => void;
}) {
  const refreshAfterWrite = useRefreshAfterWrite();
  const [identityId, setIdentityId] = React.useState("");
  const [localError, setLocalError] = React.useState<string | null>(null);
  const [confirming, setConfirming] = React.useState<Owner | null>(null);
  const { search, nameOf } = useNamedIdentitySearch();

  const write = useConfirmedWrite<{ identityId: string }, AssignedIdentity, "identityId">(
    (values) => assignBalanceIdentity({ balanceId, replaces: owner?.id ?? null, ...values }),
    (assigned) => {
      toast({ title: `${assigned.identityName} now owns this balance` });
      refreshAfterWrite({ queries: false });
      onClose();
    },
  );
  const fieldError = localError ?? write.fieldErrors.identityId;
  React.useEffect(() => {
    // The server refused the identity itself: back to choosing, with its reason at the field.
    if (write.fieldErrors.identityId) setConfirming(null);
  }, [write.fieldErrors.identityId]);

  const onSubmit = () => {
    const id = identityId.trim();
    if (!id) return setLocalError("Choose an identity, or paste its ID.");
    if (!isIdentityIdText(id))
      return setLocalError("Paste an identity ID (idt_…), or pick one from the search.");
    if (owner && id === owner.id) return setLocalError("This identity owns the balance already.");
    if (owner && !confirming) return setConfirming({ id, name: nameOf(id) });
    write.submit({ identityId: id });
  };

  return (
    <ConfirmWriteDialog
      title={confirming ? "Reassign identity?" : "Assign identity"}
      description={describe(owner, confirming, tracksLineage)}
      write={write}
      onSubmit={onSubmit}
      onClose={onClose}
      submitLabel={confirming ? "Reassign" : "Submit"}
      busyLabel="Assigning…"
    >
      <div hidden={confirming !== null}>
        <EntityCombobox
          id="assign-identity"
          {...IDENTITY_PICKER}
          value={identityId}
          onChange={(id) => {
            setIdentityId(id);
            setLocalError(null);
          }}
          search={search}
          onUnknownId={setLocalError}
          error={fieldError ?? undefined}
          disabled={write.isSubmitting || write.isInDoubt}
        />
      </div>
    </ConfirmWriteDialog>
  );
}

/** The identity search, remembering the names it showed so the confirmation can name the one chosen. */
function useNamedIdentitySearch() {
  const names = React.useRef(new Map<string, string>());
  const search = React.useCallback(async (text: string, signal: AbortSignal) => {
    const options = await searchIdentityOptions(text, signal);
    for (const option of options) names.current.set(option.id, option.label);
    return options;
  }, []);
  return { search, nameOf: (id: string) => names.current.get(id) ?? id };
}

function describe(owner: Owner | null, confirming: Owner | null, tracksLineage: boolean): string {
  if (confirming) {
    const lineage = tracksLineage
      ? "It tracks fund lineage: what it received so far stays traced to the current owner; new credits are traced to the new one."
      : "Its transactions stay as they are; only the owner changes.";
    return `Reassign this balance from ${owner?.name} to ${confirming.name}? ${lineage}`;
  }
  return owner
    ? `Owned by ${owner.name} now. Choose the identity that should own it instead.`
    : "Choose the identity that owns this balance.";
}
