// Test-only: the two refusals an action answers without writing, as toEqual expects them.
import type { ActionFailure, FieldErrors } from "@/lib/actions/result";

/** Refused at the fields: a message for each named field, none for the form. */
export function fieldRefusal(fieldErrors: FieldErrors): ActionFailure {
  return { ok: false, error: null, fieldErrors };
}

/** Refused as a whole: a form-level message, none for any field. */
export function formRefusal(error: string): ActionFailure {
  return { ok: false, error, fieldErrors: {} };
}

/** A write whose outcome is not known yet: the form-level message, and the mark to ask again, not write anew. */
export function inDoubtRefusal(error: string): ActionFailure {
  return { ...formRefusal(error), inDoubt: true };
}
