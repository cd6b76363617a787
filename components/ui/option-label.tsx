/** A list option's text: its label over its detail (an ID, a type…) in small mono, each cut short to fit. */
export function OptionLabel({ label, detail }: { label: string; detail?: string }) {
  return (
    <span className="flex min-w-0 flex-col">
      <span className="truncate">{label}</span>
      {detail ? <span className="truncate font-mono text-xs text-muted-foreground">{detail}</span> : null}
    </span>
  );
}
