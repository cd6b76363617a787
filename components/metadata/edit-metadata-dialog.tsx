"use client";

import * as React from "react";
import { type Path, useForm } from "react-hook-form";
import { MetadataFields } from "@/components/create-balance/metadata-fields";
import { ConfirmWriteDialog } from "@/components/record/confirm-write-dialog";
import { useConfirmedWrite } from "@/components/record/use-confirmed-write";
import { useRefreshAfterWrite } from "@/components/record/use-refresh-after-write";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { editMetadata } from "@/lib/metadata/actions";
import {
  type EditedMetadata,
  editMetadataErrors,
  editMetadataRequest,
  type MetadataChange,
  metadataChanges,
  storedEntries,
} from "@/lib/metadata/edit-schema";
import type { MetadataEntries } from "@/lib/metadata/entries";

type Form = { metadata: MetadataEntries };
type Request = ReturnType<typeof editMetadataRequest>;

const RECORD_NAMES = { bln: "balance", idt: "identity", ldg: "ledger" } as const;

/**
 * "Edit metadata": the record's keys with their values (each of its type), new rows under "Add metadata",
 * then "Review changes" lists every key added or changed, old → new, and "Update" sends only those. Blnk
 * merges them in: a key not changed here stays, and none can be removed.
 */
export function EditMetadataDialog({
  entityId,
  metadataJson,
  onClose,
}: {
  entityId: string;
  /** The metadata as the record's page prints it. */
  metadataJson: string | null;
  onClose: () => void;
}) {
  const refreshAfterWrite = useRefreshAfterWrite();
  const record = RECORD_NAMES[entityId.slice(0, 3) as keyof typeof RECORD_NAMES] ?? "record";
  const stored = React.useMemo(() => storedEntries(metadataJson), [metadataJson]);
  const existingKeys = React.useMemo(() => new Set(stored.map((entry) => entry.key)), [stored]);
  const form = useForm<Form>({
    defaultValues: {
      metadata: [
        ...stored.map(({ key, type, value }) => ({ key, type, value })),
        ...(stored.length === 0 ? [{ key: "", value: "", type: "text" as const }] : []),
      ],
    },
  });
  const [review, setReview] = React.useState<MetadataChange[] | null>(null);

  const write = useConfirmedWrite<Request, EditedMetadata, "metadata">(
    (values) => editMetadata(values),
    (edited) => {
      toast({ title: edited.wasRetry ? "The metadata was already updated" : "Metadata updated" });
      refreshAfterWrite({ queries: false });
      onClose();
    },
  );
  const busy = write.isSubmitting || write.isInDoubt;

  const onSubmit = form.handleSubmit((values) => {
    if (review) return write.submit(editMetadataRequest(entityId, review));
    form.clearErrors();
    const errors = editMetadataErrors(entityId, values.metadata, stored);
    const entries = Object.entries(errors);
    if (entries.length === 0) return setReview(metadataChanges(values.metadata, stored));
    for (const [path, message] of entries)
      form.setError((path === "form" ? "root" : path) as Path<Form>, { type: "custom", message });
  });

  return (
    <ConfirmWriteDialog
      title={review ? "Review changes" : "Edit metadata"}
      description={
        review
          ? `These keys change on the ${record}; every other key stays as it is.`
          : `Blnk merges what you change into the ${record}'s metadata: keys you leave alone stay, and a key cannot be removed (an empty text value is stored as empty text).`
      }
      write={write}
      onSubmit={() => void onSubmit()}
      onClose={onClose}
      submitLabel={review ? "Update" : "Review changes"}
      busyLabel="Updating…"
    >
      {review ? (
        <ReviewStep changes={review} busy={busy} onBack={() => setReview(null)} />
      ) : (
        <div className="max-h-[55vh] overflow-y-auto pr-1">
          <MetadataFields
            control={form.control}
            register={form.register}
            errors={form.formState.errors}
            disabled={busy}
            existingKeys={existingKeys}
          />
          <FormError message={form.formState.errors.root?.message} />
        </div>
      )}
    </ConfirmWriteDialog>
  );
}

function ReviewStep({
  changes,
  busy,
  onBack,
}: {
  changes: readonly MetadataChange[];
  busy: boolean;
  onBack: () => void;
}) {
  return (
    <>
      <MetadataDiff changes={changes} />
      <Button variant="ghost" size="sm" className="self-start" disabled={busy} onClick={onBack}>
        Back to editing
      </Button>
    </>
  );
}

function FormError({ message }: { message?: string }) {
  return message ? (
    <p role="alert" className="mt-2 text-xs text-danger">
      {message}
    </p>
  ) : null;
}

/** Each key added or changed, with its old and new value as exact JSON ("text" in quotes, numbers as typed). */
function MetadataDiff({ changes }: { changes: readonly MetadataChange[] }) {
  return (
    <ul aria-label="Changes" className="flex max-h-[45vh] flex-col gap-2 overflow-y-auto">
      {changes.map((change) => (
        <li key={change.index} className="rounded-md border p-2 text-sm">
          <div className="flex items-center gap-2">
            <code className="font-mono text-xs font-semibold">{change.entry.key.trim()}</code>
            <span className="text-xs text-muted-foreground">
              {change.before === null ? "Added" : "Changed"}
            </span>
          </div>
          <p className="mt-1 font-mono text-xs break-all">
            {change.before === null ? null : (
              <>
                <span className="sr-only">was </span>
                <del className="text-muted-foreground">{change.before}</del>
                <span aria-hidden> → </span>
                <span className="sr-only">, now </span>
              </>
            )}
            <ins className="no-underline">{change.after}</ins>
          </p>
        </li>
      ))}
    </ul>
  );
}
