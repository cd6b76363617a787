"use client";

import { PencilIcon } from "lucide-react";
import * as React from "react";
import { Button } from "@/components/ui/button";

/**
 * A record page's "Edit …" button whose dialog or sheet is a chunk of its own: fetched when the pointer or
 * focus reaches the button, shown on click, unmounted on close. The button takes the form's own props.
 */
export function lazyEditButton<P extends object>(
  label: string,
  load: () => Promise<React.ComponentType<P & { onClose: () => void }>>,
) {
  const Form = React.lazy(() => load().then((component) => ({ default: component })));
  return function EditButton(props: P) {
    const [open, setOpen] = React.useState(false);
    return (
      <>
        <Button
          size="sm"
          variant="secondary"
          onPointerEnter={() => void load()}
          onFocus={() => void load()}
          onClick={() => setOpen(true)}
        >
          <PencilIcon aria-hidden /> {label}
        </Button>
        <React.Suspense fallback={null}>
          {open ? <Form {...props} onClose={() => setOpen(false)} /> : null}
        </React.Suspense>
      </>
    );
  };
}
