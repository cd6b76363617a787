"use client";

import { createFormSheetProvider } from "@/components/record/form-sheet-provider";
import { useRefreshAfterWrite } from "@/components/record/use-refresh-after-write";
import { toast } from "@/components/ui/toast";
import type { CreatedIdentity } from "@/lib/create-identity/schema";
import type { CreateIdentityPreset } from "./create-identity-form";

const { Provider, useControls } = createFormSheetProvider<CreateIdentityPreset, CreatedIdentity>({
  name: "useCreateIdentity",
  shortcut: "createIdentity",
  denied: "Creating identities needs the Operator or Admin role.",
  load: () => import("./create-identity-sheet").then((module) => module.CreateIdentitySheet),
  useOnCreated: () => {
    const refreshAfterWrite = useRefreshAfterWrite();
    return (created) => {
      toast({
        title: created.wasRetry ? "Identity already created" : `Identity "${created.name}" created`,
        copyText: created.identityId,
        link: { href: `/identities/${encodeURIComponent(created.identityId)}`, label: "View identity" },
      });
      // The Identities table and every owner picker (the browser's identity directory) show it.
      refreshAfterWrite();
    };
  },
});

/** Opens "Create identity". */
export const useCreateIdentity = useControls;

/** Mounted once in the dashboard layout: owns the sheet and ⌥I / Alt+I from anywhere. */
export const CreateIdentityProvider = Provider;
