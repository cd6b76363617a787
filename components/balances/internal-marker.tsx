/** The "Internal" tag beside an internal balance's `@indicator` (Blnk's system balances such as @World). */
export function InternalMarker() {
  return (
    <span className="rounded-sm bg-muted px-1 py-0.5 font-sans text-[0.65rem] text-muted-foreground uppercase">
      Internal
    </span>
  );
}
