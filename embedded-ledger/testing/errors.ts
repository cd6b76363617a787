// Test-only: Core's error envelopes, as the contract tests expect them whole.

/** The message under `error`, and again with the code (and any details) in `error_detail`. */
export function errorBody(code: string, message: string, details?: unknown) {
  return {
    error: message,
    error_detail: details === undefined ? { code, message } : { code, message, details },
  };
}

/** The same under the legacy key `errors`, which Core's validation failures on some routes still use. */
export function errorsBody(code: string, message: string, details?: unknown) {
  const { error, error_detail } = errorBody(code, message, details);
  return { errors: error, error_detail };
}
