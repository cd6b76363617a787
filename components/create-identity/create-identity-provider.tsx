"use client";

import { createRecordSheetProvider } from "@/components/record/record-sheet-provider";
import type { CreatedIdentity } from "@/lib/create-identity/schema";
import type { CreateIdentityPreset } from "./create-identity-form";

const { Provider, useControls, CreateButton } = createRecordSheetProvider<
  CreateIdentityPreset,
  CreatedIdentity
>({
  shortcut: "createIdentity",
  noun: "identity",
  plural: "identities",
  load: () => import("./create-identity-sheet").then((module) => module.CreateIdentitySheet),
  describe: ({ name, identityId }) => ({
    title: `Identity "${name}" created`,
    id: identityId,
    href: `/identities/${encodeURIComponent(identityId)}`,
  }),
});

/** Opens "Create identity". */
export const useCreateIdentity = useControls;

/** Mounted once in the dashboard layout: owns the sheet and ⌥I / Alt+I from anywhere. */
export const CreateIdentityProvider = Provider;

/** "Create identity" with its ⌥I hint, on the Identities page. Nothing for a Viewer. */
export const CreateIdentityButton = CreateButton;
