"use server";

import type { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import type { FieldErrors } from "@/lib/actions/result";
import { createBalanceFromInput } from "./create";
import {
  CREATE_BALANCE_FIELDS,
  type CreateBalanceField,
  type CreateBalanceResult,
  createBalanceSchema,
} from "./schema";

// Server actions are public POST endpoints: every input is parsed on the server, with the same schema as the
// form, before anything reaches Blnk. The form's two searches are GET routes (lib/search/routes.ts).

/** Creates a balance from the "Create balance" form; a resubmitted form (same requestId) creates nothing new. */
export const createBalanceAction = defineAction(
  "operator",
  createBalanceSchema,
  (input, actor): Promise<CreateBalanceResult> => createBalanceFromInput(input, actor),
  { invalid: invalidForm },
);

/**
 * The first message of each field the form shows; metadata row issues go to `metadata`. The browser runs the
 * same schema, so this is reached only by a stale or hand-made request: an issue on a field the form does
 * not show (requestId, assignOwner, a non-object body) becomes a form-level message so it is never silent.
 */
const RESULT_FIELDS = new Set<string>(CREATE_BALANCE_FIELDS);
const INVALID_FORM = "The form data is not valid. Reload the page and try again.";

function invalidForm(issues: readonly z.core.$ZodIssue[]): Extract<CreateBalanceResult, { ok: false }> {
  const fieldErrors: FieldErrors<CreateBalanceField> = {};
  let error: string | null = null;
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    if (RESULT_FIELDS.has(field)) {
      const name = field as CreateBalanceField;
      // A row's key problem reads as a sentence about that row; the form also shows it there.
      fieldErrors[name] ??=
        name === "metadata" && issue.path.length > 1
          ? `Metadata row ${Number(issue.path[1]) + 1}: ${issue.message}`
          : issue.message;
    } else if (field === "assignOwner" && issue.code === "custom") {
      error ??= issue.message;
    } else {
      error ??= INVALID_FORM;
    }
  }
  return { ok: false, error, fieldErrors };
}
