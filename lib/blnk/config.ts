import "server-only";
import { z } from "zod";
import { BlnkConfigError } from "./errors";

export interface BlnkConfig {
  /** Absolute http(s) URL without a trailing slash. */
  baseUrl: string;
  /** Sent as `X-Blnk-Key` when set. Never log it; use `describeBlnkConfig()`. */
  apiKey: string | undefined;
  timeoutMs: number;
  /** True when BLNK_URL is unset and the app talks to its own embedded ledger. */
  isEmbedded: boolean;
}

type Env = Record<string, string | undefined>;

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_LEDGER_PORT = 5001;
// AbortSignal.timeout() is backed by a 32-bit timer.
const MAX_TIMEOUT_MS = 2_147_483_647;

// Empty strings count as unset: `BLNK_URL=` in an .env file means "no URL", not "invalid URL".
const optionalText = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);

const envSchema = z.object({
  BLNK_URL: optionalText.pipe(
    z
      .string()
      .refine(isHttpUrl, { message: "must be an http(s) URL such as http://localhost:5001" })
      .refine((value) => !/[?#]/.test(value), { message: "must not contain a query string or fragment" })
      // fetch refuses URLs with credentials; Blnk authenticates with X-Blnk-Key anyway.
      .refine((value) => !hasCredentials(value), {
        message: "must not contain a user name or password (put the key in BLNK_API_KEY)",
      })
      .optional(),
  ),
  BLNK_API_KEY: optionalText.pipe(
    z
      .string()
      // fetch rejects other header bytes with a confusing "fetch failed"; say what is wrong instead.
      .refine((value) => /^[\x20-\x7e]+$/.test(value), {
        message: "must contain only printable ASCII characters (no line breaks)",
      })
      .optional(),
  ),
  BLNK_TIMEOUT_MS: optionalText.pipe(
    z
      .string()
      .refine((value) => /^\d+$/.test(value) && Number(value) > 0 && Number(value) <= MAX_TIMEOUT_MS, {
        message: "must be a whole number of milliseconds greater than 0, such as 10000",
      })
      .optional(),
  ),
  LEDGER_PORT: optionalText.pipe(
    z
      .string()
      .refine((value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 65_535, {
        message: "must be a port number between 1 and 65535",
      })
      .optional(),
  ),
});

let cached: { key: string; config: BlnkConfig } | undefined;

/**
 * Reads and validates the BLNK_* environment. Cached per process, keyed by the raw values, so a changed env
 * (tests, or a different `env` argument) is re-read while normal calls cost nothing.
 */
export function getBlnkConfig(env: Env = process.env): BlnkConfig {
  const raw = {
    BLNK_URL: env.BLNK_URL,
    BLNK_API_KEY: env.BLNK_API_KEY,
    BLNK_TIMEOUT_MS: env.BLNK_TIMEOUT_MS,
    LEDGER_PORT: env.LEDGER_PORT,
  };
  const key = JSON.stringify(raw);
  if (cached?.key === key) return cached.config;
  const config = parseConfig(raw);
  cached = { key, config };
  return config;
}

/**
 * A log-safe one-line summary: where Blnk is and whether a key is set, never the key itself. Accepts a parsed
 * config or an env (validated like `getBlnkConfig`).
 */
export function describeBlnkConfig(source: BlnkConfig | Env = process.env): string {
  const config = isBlnkConfig(source) ? source : getBlnkConfig(source);
  const where = config.isEmbedded ? "embedded ledger" : "external Blnk";
  const key = config.apiKey ? "API key set" : "no API key";
  return `Blnk at ${displayUrl(config.baseUrl)} (${where}, ${key}, timeout ${config.timeoutMs} ms)`;
}

/** The base URL without any user:password part, for messages and logs. */
export function displayUrl(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    url.username = "";
    url.password = "";
    return url.toString().replace(/\/+$/, "");
  } catch {
    return baseUrl;
  }
}

function parseConfig(raw: Env): BlnkConfig {
  const result = envSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue?.path[0] ?? "BLNK_URL");
    const value = raw[variable] ?? "";
    const shown = variable === "BLNK_URL" && hasCredentials(value) ? displayUrl(value) : value;
    const got = variable === "BLNK_API_KEY" ? "" : ` (got ${JSON.stringify(shown)})`;
    const message = redactKey(`${variable} ${issue?.message ?? "is invalid"}${got}`, raw.BLNK_API_KEY);
    throw new BlnkConfigError(variable, message);
  }
  const env = result.data;
  const port = env.LEDGER_PORT ? Number(env.LEDGER_PORT) : DEFAULT_LEDGER_PORT;
  return {
    baseUrl: env.BLNK_URL ? env.BLNK_URL.replace(/\/+$/, "") : `http://127.0.0.1:${port}`,
    apiKey: env.BLNK_API_KEY,
    timeoutMs: env.BLNK_TIMEOUT_MS ? Number(env.BLNK_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS,
    isEmbedded: !env.BLNK_URL,
  };
}

function isBlnkConfig(source: BlnkConfig | Env): source is BlnkConfig {
  return typeof (source as Partial<BlnkConfig>).isEmbedded === "boolean";
}

function hasCredentials(value: string): boolean {
  try {
    const url = new URL(value);
    return url.username !== "" || url.password !== "";
  } catch {
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

// Someone may paste the key into the wrong variable; it must not end up in a log line.
function redactKey(message: string, apiKey: string | undefined): string {
  const key = apiKey?.trim();
  return key ? message.split(key).join("[redacted]") : message;
}
