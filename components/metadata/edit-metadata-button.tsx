"use client";

import { PencilIcon } from "lucide-react";
import * as React from "react";
import { Button } from "@/components/ui/button";

const loadDialog = () => import("./edit-metadata-dialog");
const EditMetadataDialog = React.lazy(() =>
  loadDialog().then((module) => ({ default: module.EditMetadataDialog })),
);

/** "Edit metadata" beside a record's metadata (identity and ledger pages): the dialog loads when asked for. */
export function EditMetadataButton({
  entityId,
  metadataJson,
}: {
  entityId: string;
  metadataJson: string | null;
}) {
  const [open, setOpen] = React.useState(false);
  return (
    <>
      <Button
        size="sm"
        variant="secondary"
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => setOpen(true)}
      >
        <PencilIcon aria-hidden /> Edit metadata
      </Button>
      <React.Suspense fallback={null}>
        {open ? (
          <EditMetadataDialog
            entityId={entityId}
            metadataJson={metadataJson}
            onClose={() => setOpen(false)}
          />
        ) : null}
      </React.Suspense>
    </>
  );
}
