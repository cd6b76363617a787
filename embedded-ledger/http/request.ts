// What a route handler sees and returns. Handlers stay free of the framework: a `Request` (the body already read,
// parsed losslessly on demand) in, a `Reply` out, written by http/server.ts with the package's lossless JSON.
import type { HttpBindings } from "@hono/node-server";
import type { Hono } from "hono";

export type Request = {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The raw body text ("" when none). */
  rawBody: string;
  /** The body parsed losslessly; throws Core's 400 for malformed JSON. `legacyKey` picks `error`/`errors`. */
  json(legacyKey?: "error" | "errors", code?: string): unknown;
};

export type Reply = { status: number; body: unknown } | { status: number; text: string };
export type Handler = (request: Request) => Promise<Reply> | Reply;

export const reply = (status: number, body: unknown): Reply => ({ status, body });

/** The Hono app the routes register on: node-server's bindings, and the body text read before routing. */
export type LedgerEnv = { Bindings: HttpBindings; Variables: { rawBody: string } };
export type LedgerApp = Hono<LedgerEnv>;
