import { z } from "zod";

// zod probes for eval (new Function) the first time it parses an object, to compile faster parsers; the CSP
// forbids eval, so in the browser the probe is reported as a violation. Parsing without it is fast enough for
// forms. Modules whose schemas run in the browser import z from here, so the setting comes first.
z.config({ jitless: true });

export { z };

/** In a form schema's superRefine: an error of the form's own at `field`, shown under that field. */
export function fieldIssue(ctx: z.RefinementCtx, field: string, message: string) {
  ctx.addIssue({ code: "custom", path: [field], message });
}
