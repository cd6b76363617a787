"use client";

import { Button } from "@/components/ui/button";

/** A create form's form-level message and its submit button ("Check again" while a write is in doubt). */
export function FormFooter({
  formError,
  isInDoubt,
  checking,
  isSubmitting,
  checkAgain,
  submitLabel,
  busyLabel = "Creating…",
}: {
  formError: string | null;
  isInDoubt: boolean;
  checking: boolean;
  isSubmitting: boolean;
  /** Asks the server again about a write in doubt. */
  checkAgain: () => void;
  submitLabel: string;
  busyLabel?: string;
}) {
  return (
    <>
      <FormError message={formError} />
      <div className="mt-auto flex items-center justify-end gap-2 border-t pt-4">
        {isInDoubt ? (
          <Button
            type="button"
            variant="primary"
            disabled={checking}
            aria-busy={checking}
            onClick={checkAgain}
          >
            {checking ? "Checking…" : "Check again"}
          </Button>
        ) : (
          <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting}>
            {isSubmitting ? busyLabel : submitLabel}
          </Button>
        )}
      </div>
    </>
  );
}

/** A form-level message (why the form was refused), announced as an alert; nothing without one. */
export function FormError({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="rounded-md border border-danger/50 px-3 py-2 text-sm">
      {message}
    </p>
  ) : null;
}
