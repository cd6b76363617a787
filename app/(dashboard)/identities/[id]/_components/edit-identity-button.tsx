"use client";

import { PencilIcon } from "lucide-react";
import * as React from "react";
import { Button } from "@/components/ui/button";
import type { EditableIdentity } from "../_lib/edit-schema";

const loadSheet = () => import("./edit-identity-sheet");
const EditIdentitySheet = React.lazy(() =>
  loadSheet().then((module) => ({ default: module.EditIdentitySheet })),
);

/** "Edit identity" in the identity page's header (an Operator's): the sheet loads when asked for. */
export function EditIdentityButton({ identity }: { identity: EditableIdentity }) {
  const [open, setOpen] = React.useState(false);
  return (
    <>
      <Button
        size="sm"
        variant="secondary"
        onPointerEnter={() => void loadSheet()}
        onFocus={() => void loadSheet()}
        onClick={() => setOpen(true)}
      >
        <PencilIcon aria-hidden /> Edit identity
      </Button>
      <React.Suspense fallback={null}>
        {open ? <EditIdentitySheet identity={identity} onClose={() => setOpen(false)} /> : null}
      </React.Suspense>
    </>
  );
}
