import { BlnkError, type BlnkErrorKind } from "./errors";
import { isPlainObject, parseJson, toPlainJson } from "./json";

// Turns a non-2xx Blnk response into a BlnkError. Core has changed its error shape over time and several
// shapes coexist (blnk-api.md §3): {"error": "msg"}, {"errors": "msg"}, {"errors": [{Param, Message}]}, a
// future {"error": {code, message, details}}, each with or without `error_detail`; gin's plain-text 404;
// empty bodies from panic recovery; and /health's {"status": "DOWN", "reason": …}.

export interface ResponseErrorContext {
  status: number;
  statusText: string;
  endpoint: string;
  baseUrl: string;
  /** The configured API key, scrubbed from anything we keep in case a proxy echoes it. */
  secret?: string | undefined;
  /** The reply's Retry-After, when it had one. */
  retryAfterMs?: number | undefined;
}

interface Envelope {
  code?: string;
  message?: string;
  details?: unknown;
  fieldErrors?: Record<string, string>;
  /** The message came from the legacy `error` key (pre-0.15 not-found errors used it). */
  isLegacyErrorKey: boolean;
  hasEnvelope: boolean;
}

// Pre-0.15 Core prefixed messages with its internal code; the code is useful, the prefix is noise for users.
const LEGACY_PREFIX =
  /^(NOT_FOUND|CONFLICT|BAD_REQUEST|INVALID_INPUT|INTERNAL_SERVER_ERROR|INTERNAL_ERROR):\s*/;
// ozzo-validation: "currency: cannot be blank; ledger_id: cannot be blank."
const OZZO_PART = /^([a-z][a-z0-9_]*(?:\.[a-zA-Z0-9_]+)*): (.+)$/s;
// Go error prefixes that look like "field: message" but are not fields.
const NOT_FIELDS = new Set(["json", "sql", "pq", "http", "strconv", "invalid", "error"]);
const MAX_TEXT_MESSAGE = 300;

export function errorFromResponse(bodyText: string, ctx: ResponseErrorContext): BlnkError {
  const envelope = readEnvelope(bodyText);
  const rawMessage = envelope.message?.trim() || fallbackMessage(bodyText, ctx);
  const prefix = LEGACY_PREFIX.exec(rawMessage)?.[1];
  const message = redact(rawMessage.replace(LEGACY_PREFIX, ""), ctx.secret);

  const isLegacyNotFound =
    ctx.status === 400 &&
    envelope.code === undefined &&
    envelope.isLegacyErrorKey &&
    (prefix === "NOT_FOUND" || /\bnot found\b/i.test(message));
  const isNotFoundCode = envelope.code?.endsWith("_NOT_FOUND") ?? false;
  const kind: BlnkErrorKind = isLegacyNotFound || isNotFoundCode ? "not_found" : kindForStatus(ctx.status);

  const fieldErrors =
    kind === "validation"
      ? redactValues(envelope.fieldErrors ?? parseFieldErrors(message), ctx.secret)
      : undefined;
  const code =
    envelope.code ?? (isLegacyNotFound ? "GEN_NOT_FOUND" : synthesizeCode(ctx.status, message, fieldErrors));

  return new BlnkError({
    status: ctx.status,
    code,
    message,
    kind,
    field: fieldErrors ? Object.keys(fieldErrors)[0] : undefined,
    fieldErrors,
    details: envelope.details,
    endpoint: ctx.endpoint,
    baseUrl: ctx.baseUrl,
    hasEnvelope: envelope.hasEnvelope,
    ...(ctx.retryAfterMs === undefined ? {} : { retryAfterMs: ctx.retryAfterMs }),
  });
}

export function kindForStatus(status: number): BlnkErrorKind {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409 || status === 423) return "conflict";
  if (status === 429) return "rate_limited";
  if (status === 408) return "timeout";
  if (status >= 500) return "server";
  if (status >= 400) return "validation";
  // 1xx/3xx reaching us means something other than Blnk answered (redirects are not followed).
  return "bad_response";
}

/** Splits an ozzo-validation message into per-field messages; undefined if it is not one. */
export function parseFieldErrors(message: string): Record<string, string> | undefined {
  const body = message.trim().replace(/\.$/, "");
  if (!body) return undefined;
  const result: Record<string, string> = {};
  for (const part of body.split("; ")) {
    const match = OZZO_PART.exec(part.trim());
    const field = match?.[1];
    const text = match?.[2];
    if (!field || !text || NOT_FIELDS.has(field)) return undefined;
    result[field] ??= text.trim();
  }
  return result;
}

function readEnvelope(bodyText: string): Envelope {
  const none: Envelope = { isLegacyErrorKey: false, hasEnvelope: false };
  if (!bodyText.trim()) return none;
  let body: unknown;
  try {
    body = parseJson(bodyText);
  } catch {
    return none;
  }
  if (typeof body === "string") return { message: body, isLegacyErrorKey: false, hasEnvelope: true };
  if (!isPlainObject(body)) return none;

  const envelope: Envelope = { ...none };
  // error_detail wins; a future Core renames it to `error` (an object), so treat that the same way.
  const detail = isPlainObject(body.error_detail)
    ? body.error_detail
    : isPlainObject(body.error)
      ? body.error
      : undefined;
  if (detail) {
    envelope.hasEnvelope = true;
    if (typeof detail.code === "string" && detail.code) envelope.code = detail.code;
    if (typeof detail.message === "string" && detail.message) envelope.message = detail.message;
    if (detail.details !== undefined) {
      envelope.details = toPlainJson(detail.details);
      envelope.fieldErrors = paramErrors(detail.details);
    }
  }

  for (const key of ["error", "errors"] as const) {
    const legacy = body[key];
    if (typeof legacy === "string") {
      envelope.hasEnvelope = true;
      envelope.message ??= legacy;
      if (key === "error") envelope.isLegacyErrorKey = true;
    } else if (Array.isArray(legacy)) {
      envelope.hasEnvelope = true;
      const fieldErrors = paramErrors(legacy);
      envelope.fieldErrors ??= fieldErrors;
      envelope.message ??= fieldErrors
        ? Object.entries(fieldErrors)
            .map(([field, text]) => `${field}: ${text}`)
            .join("; ")
        : legacy.filter((item) => typeof item === "string").join("; ");
    }
  }

  // /health: {"status":"DOWN","reason":"database unreachable"}, no error envelope at all.
  if (!envelope.hasEnvelope && typeof body.status === "string") {
    envelope.hasEnvelope = true;
    envelope.code = "SERVICE_DOWN";
    const reason = typeof body.reason === "string" && body.reason ? body.reason : null;
    envelope.message = reason ?? `status ${body.status}`;
    envelope.details = { status: body.status, reason };
  }
  if (!envelope.hasEnvelope && typeof body.message === "string") envelope.message = body.message;
  return envelope;
}

/** `[{"Param":"limit","Message":"…"}]` (Go struct without JSON tags) → {limit: "…"}. */
function paramErrors(value: unknown): Record<string, string> | undefined {
  if (!Array.isArray(value)) return undefined;
  const result: Record<string, string> = {};
  for (const item of value) {
    if (!isPlainObject(item)) continue;
    const param = item.Param ?? item.param ?? item.field;
    const text = item.Message ?? item.message;
    if (typeof param === "string" && param && typeof text === "string") result[param] ??= text;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function fallbackMessage(bodyText: string, ctx: ResponseErrorContext): string {
  const text = bodyText.trim();
  const statusLine = `HTTP ${ctx.status}${ctx.statusText ? ` ${ctx.statusText}` : ""}`;
  if (!text) return `${statusLine} with an empty body`;
  // A proxy's HTML error page is noise in a message; plain text such as gin's "404 page not found" is useful.
  if (text.startsWith("<") || text.startsWith("{") || text.startsWith("[")) return statusLine;
  return text.length > MAX_TEXT_MESSAGE ? `${text.slice(0, MAX_TEXT_MESSAGE)}…` : text;
}

function synthesizeCode(
  status: number,
  message: string,
  fieldErrors: Record<string, string> | undefined,
): string {
  switch (status) {
    case 400:
      return fieldErrors ? "GEN_VALIDATION_ERROR" : "GEN_BAD_REQUEST";
    case 401:
      // Pre-0.15 Core has no codes; its missing-key message is "Authentication required. Use X-Blnk-Key header".
      return /required/i.test(message) ? "AUTH_MISSING_API_KEY" : "AUTH_INVALID_API_KEY";
    case 403:
      return "AUTH_INSUFFICIENT_PERMISSIONS";
    case 404:
      return "GEN_NOT_FOUND";
    case 409:
      return "GEN_CONFLICT";
    case 413:
      return "GEN_PAYLOAD_TOO_LARGE";
    case 423:
      return "GEN_RESOURCE_LOCKED";
    case 429:
      return "GEN_RATE_LIMITED";
    case 500:
      return "GEN_INTERNAL";
    case 503:
      return "GEN_UNAVAILABLE";
  }
  return status >= 400 ? `HTTP_${status}` : "BAD_RESPONSE";
}

export function redact(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join("[redacted]") : text;
}

function redactValues(
  values: Record<string, string> | undefined,
  secret: string | undefined,
): Record<string, string> | undefined {
  if (!values || !secret) return values;
  return Object.fromEntries(Object.entries(values).map(([key, text]) => [key, redact(text, secret)]));
}
