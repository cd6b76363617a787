"use client";

import { DownloadIcon } from "lucide-react";
import * as React from "react";
import { Button } from "@/components/ui/button";
import { LazyMount } from "@/components/ui/lazy-mount";

// "Export" above a table or a statement. The dialog, and what streams the file, is a chunk of its own loaded
// on the first click (or on hover and focus), so a page's first load does not carry it.
const loadDialog = () => import("./export-dialog");
const ExportDialog = React.lazy(() => loadDialog().then((module) => ({ default: module.ExportDialog })));

export type ExportButtonProps = {
  /** The export route: "/api/export/balances". */
  path: string;
  /** The page's query (its filters), and anything the route needs besides (balance=…). */
  params: readonly (readonly [string, string])[];
  /** What is exported, in the dialog's words: "balances", "this statement". */
  what: string;
};

export function ExportButton(props: ExportButtonProps) {
  const [isOpen, setIsOpen] = React.useState(false);
  // Mounted from the first open on: closing the dialog hides it, and an export under way goes on.
  const [opened, setOpened] = React.useState(false);
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        onClick={() => {
          setOpened(true);
          setIsOpen(true);
        }}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        aria-haspopup="dialog"
      >
        <DownloadIcon aria-hidden /> Export
      </Button>
      <LazyMount when={opened}>
        {() => <ExportDialog {...props} open={isOpen} onOpenChange={setIsOpen} />}
      </LazyMount>
    </>
  );
}
