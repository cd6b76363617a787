import type { ReactNode } from "react";

// The label/value list and the read-only metadata block of a record's details page (identities, ledgers),
// laid out like the balance details page.

export function DetailList({ children }: { children: ReactNode }) {
  return <dl className="divide-y rounded-md border px-4">{children}</dl>;
}

export function DetailField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-sm break-words">{children}</dd>
    </div>
  );
}

/** A value, or a dash when Blnk has none. */
export function TextOrDash({ value }: { value: string }) {
  return value ? value : <span className="text-muted-foreground">—</span>;
}

/** Metadata as read-only pretty JSON (big integers exact), scrollable and reachable by keyboard. */
export function MetadataBlock({ json, label }: { json: string | null; label: string }) {
  if (json === null) return <p className="text-sm text-muted-foreground">No metadata.</p>;
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="max-h-96 overflow-auto rounded-md border bg-surface p-3"
    >
      <pre className="font-mono text-xs leading-relaxed">{json}</pre>
    </section>
  );
}
