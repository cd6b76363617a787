import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";

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

/** A titled section of a record page ("Details", "Additional information"…). */
export function RecordSection({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  /** A control beside the heading (an "Edit metadata" button). */
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id={id} className="text-base font-semibold">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

/** A record's ID in full, with a copy button. */
export function IdValue({ id, copyLabel }: { id: string; copyLabel: string }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <code className="font-mono text-xs break-all">{id}</code>
      <CopyButton value={id} label={copyLabel} />
    </span>
  );
}
