"use client";

import { lazyEditButton } from "@/components/record/lazy-edit-button";
import type { EditableIdentity } from "../_lib/edit-schema";

/** "Edit identity" in the identity page's header (an Operator's): the sheet loads when asked for. */
export const EditIdentityButton = lazyEditButton<{ identity: EditableIdentity }>("Edit identity", () =>
  import("./edit-identity-sheet").then((module) => module.EditIdentitySheet),
);
