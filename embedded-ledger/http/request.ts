// What a route handler sees and returns. Handlers stay free of the framework: a `Request` (the body already read,
// parsed losslessly on demand) in, a `Reply` out, written by http/server.ts with the package's lossless JSON.
import type { HttpBindings } from "@hono/node-server";
import type { Hono } from "hono";

export type Request = {
  method: string;
  path: string;
  params: Record<string, string>;
  /** Each param's bytes as Go holds them after unescaping (http/path.ts): not always UTF-8, may hold a NUL. */
  paramBytes: Record<string, Uint8Array>;
  query: URLSearchParams;
  /** The raw body text ("" when none). */
  rawBody: string;
  /** The body parsed losslessly; throws Core's 400 for malformed JSON. `legacyKey` picks `error`/`errors`. */
  json(legacyKey?: "error" | "errors", code?: string): unknown;
  /** Who the key says is calling (set by http/auth.ts). */
  principal: Principal;
};

/**
 * The caller, as Core's auth middleware leaves it in the gin context: nobody when secure mode is off, the master
 * key (`isMasterKey`), or an API key (`apiKey`).
 */
export type Principal =
  | { kind: "open" }
  | { kind: "master" }
  | { kind: "apiKey"; apiKeyId: string; ownerId: string; scopes: string[] };

/** `empty` is a reply with no body at all (gin's c.Status). */
export type Reply =
  | { status: number; body: unknown }
  | { status: number; text: string }
  | { status: number; empty: true };
export type Handler = (request: Request) => Promise<Reply> | Reply;

export const reply = (status: number, body: unknown): Reply => ({ status, body });

/** The Hono app the routes register on: node-server's bindings, and the body text read before routing. */
export type LedgerEnv = { Bindings: HttpBindings; Variables: { rawBody: string; principal: Principal } };
export type LedgerApp = Hono<LedgerEnv>;
