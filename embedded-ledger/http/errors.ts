// Core's error envelope (blnk-api.md §3): a legacy flat field (`error`, or `errors` on some validation paths)
// plus `error_detail {code, message, details?}`.

export class CoreError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly legacyKey: "error" | "errors" = "error",
    readonly details?: unknown,
    /** Overrides the legacy value (query-filter parse errors send an array there). */
    readonly legacyValue?: unknown,
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    const detail: Record<string, unknown> = { code: this.code, message: this.message };
    if (this.details !== undefined) detail.details = this.details;
    return { [this.legacyKey]: this.legacyValue ?? this.message, error_detail: detail };
  }
}

export const malformed = (message = "Invalid input", legacyKey: "error" | "errors" = "error") =>
  new CoreError(400, "GEN_MALFORMED_REQUEST", message, legacyKey);

export const validation = (
  message: string,
  code = "GEN_VALIDATION_ERROR",
  legacyKey: "error" | "errors" = "errors",
) => new CoreError(400, code, message, legacyKey);

export const badRequest = (message: string, code = "GEN_BAD_REQUEST") => new CoreError(400, code, message);

export const notFound = (code: string, message: string) => new CoreError(404, code, message, "error", {});

export const conflict = (message: string, code = "GEN_CONFLICT") => new CoreError(409, code, message);

/**
 * Core's ozzo-validation message: `"<field>: <msg>; <field>: <msg>."` with fields sorted by name.
 * `problems` maps JSON field name → message.
 */
export function ozzoMessage(problems: Record<string, string>): string {
  const parts = Object.keys(problems)
    .sort()
    .map((field) => `${field}: ${problems[field]}`);
  return `${parts.join("; ")}.`;
}

/**
 * A request on which Core's Go code panics: gin's recovery (api/api.go:211-221) answers an empty 500, before
 * any handler runs. Thrown where the ledger reproduces such a panic.
 */
export class GoPanic extends Error {}
