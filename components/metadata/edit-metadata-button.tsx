"use client";

import { lazyEditButton } from "@/components/record/lazy-edit-button";

/** "Edit metadata" beside a record's metadata (identity and ledger pages): the dialog loads when asked for. */
export const EditMetadataButton = lazyEditButton<{ entityId: string; metadataJson: string | null }>(
  "Edit metadata",
  () => import("./edit-metadata-dialog").then((module) => module.EditMetadataDialog),
);
