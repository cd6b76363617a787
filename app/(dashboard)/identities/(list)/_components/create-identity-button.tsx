"use client";

import { useCreateIdentity } from "@/components/create-identity/create-identity-provider";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";

/** "Create identity" with its ⌥I hint, on the Identities page. Nothing for a Viewer. */
export function CreateIdentityButton() {
  const { open, canCreate } = useCreateIdentity();
  if (!canCreate) return null;
  return (
    <Button variant="primary" size="sm" onClick={() => open()} aria-keyshortcuts="Alt+I">
      Create identity
      <ShortcutHint id="createIdentity" />
    </Button>
  );
}
