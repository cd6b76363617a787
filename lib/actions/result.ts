import type { BlnkErrorPlain } from "@/lib/blnk/errors";

// The one shape every server action answers with, and the one way the browser unwraps it. Safe for client
// code: types and a small error class only.

export type FieldErrors<F extends string = string> = Partial<Record<F, string>>;

export type ActionFailure<F extends string = string> = {
  ok: false;
  /** A form-level message in plain words; null when the field messages say it all. */
  error: string | null;
  fieldErrors?: FieldErrors<F>;
  /** The Blnk failure behind it, for error states that offer a retry or name the kind of problem. */
  blnkError?: BlnkErrorPlain;
  /** A write whose outcome is not known yet: ask again with the same request, never write anew. */
  inDoubt?: true;
};

export type ActionResult<T, F extends string = string> = { ok: true; data: T } | ActionFailure<F>;

/** What a form or a button says when its action gave no answer at all (the request failed). */
export const NO_ANSWER = "Ledger Desk did not answer. Try again.";

/** What a create answers: the record `T`, and whether an earlier, identical submission had created it. */
export type Created<T> = T & {
  /** The answer of an earlier, identical submission: nothing new was created. */
  wasRetry: boolean;
};

const GENERIC: BlnkErrorPlain = {
  status: 0,
  code: "UNKNOWN",
  message: "Unknown error",
  userMessage: "Ledger Desk could not load this. Try again in a moment.",
  kind: "server",
};

/** What `unwrap` throws: an Error (so React Query and error boundaries treat it as one) carrying the failure. */
export class ActionError extends Error {
  readonly failure: ActionFailure;
  constructor(failure: ActionFailure) {
    super(failure.error ?? failure.blnkError?.userMessage ?? "The request failed.");
    this.name = "ActionError";
    this.failure = failure;
  }
}

/** The data of a successful result; a failure is thrown as an ActionError. */
export function unwrap<T>(result: ActionResult<T>): T {
  if (result.ok) return result.data;
  throw new ActionError(result);
}

/** The Blnk failure to show for anything a query threw: the action's own, or a generic one. */
export function blnkErrorOf(error: unknown): BlnkErrorPlain {
  if (error instanceof ActionError) {
    return (
      error.failure.blnkError ?? {
        ...GENERIC,
        status: 400,
        code: "INVALID_INPUT",
        kind: "validation",
        message: error.message,
        userMessage: error.message,
      }
    );
  }
  return GENERIC;
}
