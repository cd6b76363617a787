// Test-only: a create form as the create paths' tests use it: its values as the form opens with a test's own
// over them, its create run on the parsed form, and what its schema refuses.
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { OPS } from "./actors";

/**
 * The form of `schema` as `empty` opens it (a fresh request ID each time), and `run` (the create behind its
 * action) done as `actor` on it.
 */
export function createFormFor<S extends z.ZodType<unknown, object>, R>(
  schema: S,
  empty: () => z.input<S>,
  run: (input: z.output<S>, actor: Actor) => Promise<R>,
  actor: Actor = OPS,
) {
  type Values = Partial<z.input<S>>;
  const form = (values: Values): z.input<S> => ({ ...empty(), ...values });
  return {
    form,
    /** The create of the form with these values, parsed as the action parses it. */
    create: (values: Values) => run(schema.parse(form(values)), actor),
    /** Each issue of the form with these values as `[path, message]`; none: []. */
    issues: (values: Values) => {
      const parsed = schema.safeParse(form(values));
      return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]);
    },
  };
}
