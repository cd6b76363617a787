// One error type for every way a Blnk call can fail, so callers branch on `kind` instead of parsing
// messages, and server actions can hand the browser `toPlain()` without leaking stacks, bodies or keys.

export type BlnkErrorKind =
  | "unreachable"
  | "timeout"
  | "not_found"
  | "validation"
  | "conflict"
  | "unauthorized"
  | "forbidden"
  | "rate_limited"
  | "server"
  | "bad_response";

/** What may cross to the browser: serializable, no stack, no key, no raw body. */
export interface BlnkErrorPlain {
  status: number;
  code: string;
  message: string;
  userMessage: string;
  kind: BlnkErrorKind;
  field?: string;
  fieldErrors?: Record<string, string>;
}

export interface BlnkErrorInit {
  /** HTTP status; 0 when no response arrived. */
  status: number;
  code: string;
  message: string;
  kind: BlnkErrorKind;
  field?: string;
  fieldErrors?: Record<string, string>;
  /** Opaque extra data for server logs only (Core's `error_detail.details`, zod issue paths). */
  details?: unknown;
  /** e.g. "GET /balances/bln_1", for logs. */
  endpoint?: string;
  /** The Blnk base URL, named in the unreachable message. */
  baseUrl?: string;
  timeoutMs?: number;
  /** True when the body was a Blnk JSON error; false for gin's plain-text 404, empty bodies, network errors. */
  hasEnvelope?: boolean;
  /** From a busy reply's Retry-After header (lib/blnk/retry.ts). */
  retryAfterMs?: number;
  cause?: unknown;
}

/** The code of a reply Ledger Desk could not read at all: cut off mid-body, or not JSON. */
export const UNREADABLE_RESPONSE = "BAD_RESPONSE_UNREADABLE";
/** The code of a connection Blnk (or a proxy) closed or reset before answering. */
export const NETWORK_DROPPED = "NETWORK_DROPPED";

export class BlnkError extends Error {
  override readonly name = "BlnkError";
  readonly status: number;
  readonly code: string;
  readonly kind: BlnkErrorKind;
  readonly field?: string;
  readonly fieldErrors?: Record<string, string>;
  readonly details?: unknown;
  readonly endpoint?: string;
  readonly baseUrl?: string;
  readonly timeoutMs?: number;
  readonly hasEnvelope: boolean;
  readonly retryAfterMs?: number;

  constructor(init: BlnkErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.kind = init.kind;
    this.hasEnvelope = init.hasEnvelope ?? false;
    if (init.field !== undefined) this.field = init.field;
    if (init.fieldErrors !== undefined) this.fieldErrors = init.fieldErrors;
    if (init.details !== undefined) this.details = init.details;
    if (init.endpoint !== undefined) this.endpoint = init.endpoint;
    if (init.baseUrl !== undefined) this.baseUrl = init.baseUrl;
    if (init.timeoutMs !== undefined) this.timeoutMs = init.timeoutMs;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }

  /**
   * The scope a scoped API key lacked, from Core's 403 "Insufficient permissions for balances:write"; null
   * for any other failure.
   */
  get missingScope(): string | null {
    if (this.kind !== "forbidden") return null;
    return /\b((?:[a-z][a-z-]*|\*):(?:read|write|delete|\*))\b/.exec(this.message)?.[1] ?? null;
  }

  /**
   * A 404 that did not come from a Blnk handler (gin's plain-text "404 page not found"): the route itself is
   * missing, which means an older Core rather than a missing record.
   */
  get isMissingEndpoint(): boolean {
    return this.status === 404 && !this.hasEnvelope;
  }

  /** Blnk says the record does not exist (a handler's 404, not a missing route). */
  get isMissingRecord(): boolean {
    return this.kind === "not_found" && !this.isMissingEndpoint;
  }

  /** Plain words for the UI; never includes the key or raw response bodies. */
  get userMessage(): string {
    return describeForUser(this);
  }

  toPlain(): BlnkErrorPlain {
    const plain: BlnkErrorPlain = {
      status: this.status,
      code: this.code,
      message: this.message,
      userMessage: this.userMessage,
      kind: this.kind,
    };
    if (this.field !== undefined) plain.field = this.field;
    if (this.fieldErrors !== undefined) plain.fieldErrors = { ...this.fieldErrors };
    return plain;
  }

  /** `JSON.stringify(error)` gives the safe plain shape too. */
  toJSON(): BlnkErrorPlain {
    return this.toPlain();
  }
}

/** Invalid BLNK_* environment. The message names the variable and never contains the API key. */
export class BlnkConfigError extends Error {
  override readonly name = "BlnkConfigError";
  readonly variable: string;

  constructor(variable: string, message: string) {
    super(message);
    this.variable = variable;
  }
}

export function isBlnkError(error: unknown): error is BlnkError {
  return error instanceof BlnkError;
}

/**
 * The browser-safe shape for any failure of a Blnk call. Config errors count as "unreachable" (the app cannot
 * talk to Blnk until the environment is fixed). Anything else is a bug, so it is re-thrown for Next's error
 * boundary rather than dressed up.
 */
export function toBlnkErrorPlain(error: unknown): BlnkErrorPlain {
  if (error instanceof BlnkError) return error.toPlain();
  if (error instanceof BlnkConfigError) {
    return {
      status: 0,
      code: "CONFIG_INVALID",
      message: error.message,
      userMessage: `Ledger Desk is not configured correctly: ${error.message}`,
      kind: "unreachable",
    };
  }
  throw error;
}

function describeForUser(error: BlnkError): string {
  const detail = asSentence(error.message);
  switch (error.kind) {
    case "unreachable":
      if (error.code === NETWORK_DROPPED) {
        return `The connection to Blnk at ${error.baseUrl ?? "the configured URL"} was closed before it answered. Try again; if it keeps happening, check Blnk and any proxy in front of it.`;
      }
      return `Cannot reach Blnk at ${error.baseUrl ?? "the configured URL"}. Check that it is running and BLNK_URL is correct.`;
    case "timeout":
      return `Blnk did not answer within ${formatSeconds(error.timeoutMs)}. Try again; if it keeps happening, check the server or raise BLNK_TIMEOUT_MS.`;
    case "unauthorized":
      if (error.code === "AUTH_MISSING_API_KEY") {
        return "Blnk requires an API key. Set BLNK_API_KEY to the server's secret key or an API key.";
      }
      if (error.code === "AUTH_EXPIRED_API_KEY") {
        return "Blnk rejected the API key because it is expired or revoked. Update BLNK_API_KEY.";
      }
      return "Blnk rejected the API key. Check BLNK_API_KEY.";
    case "forbidden":
      if (error.missingScope) return `Your Blnk API key lacks ${error.missingScope}.`;
      return `The Blnk API key is not allowed to do this${detail ? ` (${detail.slice(0, -1)})` : ""}. Use a key with the needed scope.`;
    case "not_found":
      if (error.isMissingEndpoint) {
        return "This Blnk server does not support this request. It may be an older version of Blnk.";
      }
      return detail || "Blnk could not find that record.";
    case "validation":
      // Not capitalized: the message usually starts with a field name ("currency: cannot be blank.").
      return detail
        ? `Blnk rejected the request: ${error.message.trim().replace(/([^.!?])$/, "$1.")}`
        : "Blnk rejected the request as invalid.";
    case "conflict":
      if (error.status === 423) return "The record is busy with another operation. Try again in a moment.";
      return detail || "This conflicts with data already in Blnk.";
    case "rate_limited":
      return "Blnk is limiting the request rate. Wait a moment and try again.";
    case "server":
      if (error.status === 503) {
        return `Blnk is unavailable right now${detail ? ` (${detail.slice(0, -1)})` : ""}. Try again shortly.`;
      }
      return `Blnk had an internal error (HTTP ${error.status}). Try again; if it keeps happening, check the Blnk server logs.`;
    case "bad_response":
      if (error.code === UNREADABLE_RESPONSE) {
        return "Blnk sent a reply Ledger Desk could not read: it was cut off or is not valid JSON. Try again; if it keeps happening, check Blnk and any proxy in front of it.";
      }
      return "Blnk sent an unexpected response. Check that BLNK_URL points to a Blnk server of a supported version.";
  }
}

function formatSeconds(timeoutMs: number | undefined): string {
  if (timeoutMs === undefined) return "the time limit";
  const seconds = timeoutMs / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

/** "balance not found" → "Balance not found." */
function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return "";
  const capitalized = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

/**
 * Whether a failed write may still have reached Blnk and been stored: no answer in time, a connection cut
 * after the request went out, a gateway that gave up waiting, or a success reply that arrived unreadable.
 * A refused connection or any answer from Blnk itself means it was not applied.
 */
export function mayHaveBeenApplied(error: unknown): boolean {
  if (!(error instanceof BlnkError)) return false;
  if (error.kind === "timeout" || error.kind === "bad_response") return true;
  if (error.kind === "unreachable") return error.code !== "NETWORK_UNREACHABLE";
  return error.status === 502 || error.status === 503 || error.status === 504;
}
