import "server-only";
import { cache } from "react";
import type { z } from "zod";
import { type BlnkConfig, displayUrl, getBlnkConfig } from "./config";
import { errorFromResponse } from "./error-body";
import { BlnkError, NETWORK_DROPPED, UNREADABLE_RESPONSE } from "./errors";
import { parseJson, stringifyJson } from "./json";
import { busyRetryDelayMs, parseRetryAfter } from "./retry";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

type QueryValue = string | number | bigint | boolean;
/** Arrays repeat the parameter (`include=identity&include=ledger`); undefined values are skipped. */
export type QueryParams =
  | Record<string, QueryValue | readonly QueryValue[] | undefined>
  | ReadonlyArray<readonly [string, QueryValue]>;

/** Per-call overrides every public function accepts as its last argument. */
export interface BlnkCallOptions {
  /** Defaults to `getBlnkConfig()` (the process environment). */
  config?: BlnkConfig;
  /** Cancels the request; a caller abort is re-thrown as-is, not turned into a BlnkError. */
  signal?: AbortSignal;
}

export interface BlnkRequestOptions<T> extends BlnkCallOptions {
  query?: QueryParams;
  body?: unknown;
  schema: z.ZodType<T>;
  /** Reads a 2xx body's text into what `schema` checks; lossless JSON (parseJson) by default. */
  parse?: (text: string) => unknown;
  /**
   * Safe to send twice (a read, or a search over POST): a connection dropped before any answer is retried
   * once. Defaults to true for GET only; writes are never resent here (create is idempotent its own way).
   */
  idempotent?: boolean;
}

// undici's network failures: a TypeError("fetch failed") whose cause carries one of these codes.
const NETWORK_CODES =
  /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_)/;

const DROPPED_CODES = /^(ECONNRESET|EPIPE|UND_ERR_SOCKET)$/;

/**
 * One deadline for every read a page makes while it renders (React's cache is per server request; outside
 * one, each call gets its own): a slow Blnk costs a page BLNK_TIMEOUT_MS in all, not that much per call in a
 * chain. Writes keep their own full timeout, so a create is never cut short by the reads before it.
 */
const readDeadline = cache((timeoutMs: number): { at: number } => ({ at: Date.now() + timeoutMs }));

type CallContext = { endpoint: string; baseUrl: string; timeoutMs: number };

/**
 * The single place the app talks HTTP to Blnk: sets the key and timeout, writes and reads JSON losslessly,
 * validates with `schema`, and turns every failure into a `BlnkError`. A call Blnk refuses as busy (429, or
 * 503 QUEUE_BACKPRESSURE on a read) is sent again after a short wait, within the same deadline (retry.ts).
 */
export async function blnkRequest<T>(
  method: HttpMethod,
  path: string,
  options: BlnkRequestOptions<T>,
): Promise<T> {
  const config = options.config ?? getBlnkConfig();
  const context: CallContext = {
    endpoint: `${method} ${path}`,
    baseUrl: displayUrl(config.baseUrl),
    timeoutMs: config.timeoutMs,
  };
  const isRead = options.idempotent ?? method === "GET";
  const timeoutMs = isRead
    ? Math.max(0, Math.min(config.timeoutMs, readDeadline(config.timeoutMs).at - Date.now()))
    : config.timeoutMs;
  const deadline = Date.now() + timeoutMs;
  const timeoutSignal = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeoutSignal, options.signal]) : timeoutSignal;

  const headers: Record<string, string> = { Accept: "application/json" };
  if (config.apiKey) headers["X-Blnk-Key"] = config.apiKey;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = stringifyJson(options.body);
  }
  const url = buildUrl(config.baseUrl, path, options.query);
  // Following a redirect would resend X-Blnk-Key to wherever it points; Blnk itself never redirects the paths
  // we call.
  const init: RequestInit = { method, headers, body, signal, cache: "no-store", redirect: "manual" };
  const aborted = { caller: options.signal, timeout: timeoutSignal };

  for (let attempt = 0; ; attempt++) {
    try {
      const { response, text } = await exchange(url, init, aborted, context, isRead);
      if (response.status < 200 || response.status >= 300)
        throw failedResponse(response, text, context, config);
      return parseSuccess(text, response.status, options.schema, context, options.parse);
    } catch (error) {
      const wait = error instanceof BlnkError ? busyRetryDelayMs(error, attempt, isRead) : null;
      if (wait === null || Date.now() + wait >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** One request and its body text; a read whose pooled connection was dropped before any answer is resent once. */
async function exchange(
  url: string,
  init: RequestInit,
  aborted: { caller?: AbortSignal; timeout: AbortSignal },
  context: CallContext,
  isRead: boolean,
): Promise<{ response: Response; text: string }> {
  const retriesOnDrop = isRead ? 1 : 0;
  let response: Response;
  for (let attempt = 0; ; attempt++) {
    try {
      response = await fetch(url, init);
      break;
    } catch (error) {
      if (aborted.caller?.aborted) throw error;
      const failure = transportError(error, aborted.timeout.aborted, context);
      // A pooled keep-alive connection that Blnk (or a proxy) closed while idle fails the first request sent
      // on it; one fresh attempt, within the same timeout, tells that apart from a Blnk that really fails.
      if (attempt < retriesOnDrop && failure.code === NETWORK_DROPPED) continue;
      throw failure;
    }
  }
  try {
    return { response, text: await response.text() };
  } catch (error) {
    if (aborted.caller?.aborted) throw error;
    // Blnk answered, then the body broke off (a reset, a proxy cutting it short): unreadable, not unreachable.
    if (aborted.timeout.aborted) throw transportError(error, true, context);
    throw badResponse(
      response.status,
      context,
      "the body was cut off",
      { reason: "incomplete body", networkCode: findNetworkCode(error) },
      UNREADABLE_RESPONSE,
    );
  }
}

/** The BlnkError for a reply that is not a 2xx: a redirect, or Blnk's error (with any Retry-After). */
function failedResponse(
  response: Response,
  text: string,
  context: CallContext,
  config: BlnkConfig,
): BlnkError {
  const { status, statusText } = response;
  if (status >= 300 && status < 400) {
    return new BlnkError({
      ...context,
      status,
      code: "BAD_RESPONSE",
      kind: "bad_response",
      message: `Blnk answered with a redirect (HTTP ${status}); check BLNK_URL`,
    });
  }
  return errorFromResponse(text, {
    ...context,
    status,
    statusText,
    secret: config.apiKey,
    retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
  });
}

export function buildUrl(baseUrl: string, path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  const entries = Array.isArray(query) ? query : Object.entries(query ?? {});
  for (const [name, value] of entries as Iterable<[string, QueryValue | readonly QueryValue[] | undefined]>) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ""}`;
}

function parseSuccess<T>(
  text: string,
  status: number,
  schema: z.ZodType<T>,
  context: { endpoint: string; baseUrl: string },
  parse: (text: string) => unknown = parseJson,
): T {
  let json: unknown;
  try {
    json = text.trim() ? parse(text) : undefined;
  } catch {
    // Broken JSON (cut short, mangled) is an unreadable Blnk reply; HTML or text means BLNK_URL points at
    // something else, such as a proxy's login page.
    if (/^\s*[[{]/.test(text)) {
      throw badResponse(
        status,
        context,
        "the body is not valid JSON",
        { reason: "invalid JSON" },
        UNREADABLE_RESPONSE,
      );
    }
    throw badResponse(status, context, "the body is not JSON", { reason: "not JSON" });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    // Issue paths and messages only: the body itself may hold customer data and must not reach logs.
    const issues = result.error.issues.slice(0, 10).map((issue) => ({
      path: issue.path.map(String).join("."),
      message: issue.message,
    }));
    const first = issues[0];
    const where = first ? ` (${first.path || "body"}: ${first.message})` : "";
    throw badResponse(status, context, `the body does not match the expected shape${where}`, { issues });
  }
  return result.data;
}

/**
 * A reply Blnk sent but Ledger Desk cannot use: of the wrong shape (BAD_RESPONSE), or unreadable at all, cut
 * off or not JSON (UNREADABLE_RESPONSE, a distinct code so the UI can say so plainly).
 */
function badResponse(
  status: number,
  context: { endpoint: string; baseUrl: string },
  reason: string,
  details: unknown,
  code: "BAD_RESPONSE" | typeof UNREADABLE_RESPONSE = "BAD_RESPONSE",
): BlnkError {
  const what = code === "BAD_RESPONSE" ? "an unexpected" : "an unreadable";
  return new BlnkError({
    ...context,
    status,
    code,
    kind: "bad_response",
    message: `Blnk sent ${what} response to ${context.endpoint}: ${reason}`,
    details,
  });
}

function transportError(
  error: unknown,
  isTimeout: boolean,
  context: { endpoint: string; baseUrl: string; timeoutMs: number },
): BlnkError {
  if (isTimeout || (error instanceof Error && error.name === "TimeoutError")) {
    return new BlnkError({
      ...context,
      status: 0,
      code: "NETWORK_TIMEOUT",
      kind: "timeout",
      message: `Blnk did not answer ${context.endpoint} within ${context.timeoutMs} ms`,
      cause: error,
    });
  }
  const networkCode = findNetworkCode(error);
  const reason = networkCode ?? innermostMessage(error);
  return new BlnkError({
    ...context,
    status: 0,
    // Connected, then dropped before any answer: Blnk (or a proxy) is up but failing, not absent.
    code: networkCode && DROPPED_CODES.test(networkCode) ? NETWORK_DROPPED : "NETWORK_UNREACHABLE",
    kind: "unreachable",
    message: `Cannot reach Blnk at ${context.baseUrl} (${reason})`,
    details: networkCode ? { networkCode } : undefined,
    cause: error,
  });
}

/** undici nests the socket error (sometimes an AggregateError for IPv4+IPv6) under `cause`. */
function findNetworkCode(error: unknown, depth = 0): string | undefined {
  if (depth > 4 || typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && NETWORK_CODES.test(code)) return code;
  const nested = (error as { cause?: unknown; errors?: unknown }).errors;
  if (Array.isArray(nested)) {
    for (const inner of nested) {
      const found = findNetworkCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return findNetworkCode((error as { cause?: unknown }).cause, depth + 1);
}

function innermostMessage(error: unknown): string {
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof Error && current.cause instanceof Error; depth++) {
    current = current.cause;
  }
  return current instanceof Error ? current.message : "unknown error";
}
