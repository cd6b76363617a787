import { TriangleAlertIcon } from "lucide-react";

/** Shown on every page when no sign-in is configured (allowed only on a loopback address). */
export function DemoBanner() {
  return (
    <div
      role="status"
      aria-label="Demo mode"
      className="flex items-center gap-2 border-b border-warning/40 bg-warning/10 px-4 py-1.5 text-sm"
    >
      <TriangleAlertIcon className="size-4 shrink-0 text-warning" aria-hidden />
      <span>
        <strong className="font-semibold">Demo mode</strong>: no sign-in is configured, so anyone on this
        machine acts as an Admin. Set AUTH_SECRET to require sign-in.
      </span>
    </div>
  );
}
