import { readFileSync } from "node:fs";
import path from "node:path";
import { logEvent } from "@/lib/logging/log";

// Requests no page or action could serve, answered by proxy.ts with a short 4xx and one warning line, before
// Next turns them into a 500 with a stack trace: a path that is not valid percent-encoding, and server-action
// calls that name no action of this build or carry a body Next's decoder would choke on (not JSON, over the
// size limit, thousands of arguments, nesting deep enough to overflow the stack).

export type Refusal = { status: number; reason: string };

/** Next's own limits for a server action body (serverActions.bodySizeLimit default) and argument count. */
export const ACTION_LIMITS = { bytes: 1024 * 1024, args: 1000, depth: 64 } as const;

export function badPath(pathname: string): Refusal | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return { status: 400, reason: "The address is not valid (broken percent-encoding)." };
  }
}

let manifest: { ids: ReadonlySet<string> } | null | undefined;
/** The action IDs of the build being served; null when the manifest cannot be read (then Next decides). */
function actionIds(): ReadonlySet<string> | null {
  if (manifest === undefined) {
    try {
      const file = path.join(
        process.cwd(),
        process.env.NEXT_DIST_DIR || ".next",
        "server",
        "server-reference-manifest.json",
      );
      const parsed = JSON.parse(readFileSync(file, "utf8")) as { node?: Record<string, unknown> };
      manifest = { ids: new Set(Object.keys(parsed.node ?? {})) };
    } catch {
      manifest = null;
    }
  }
  return manifest?.ids ?? null;
}

/** Deepest nesting of arrays and objects in a JSON text, counted without recursion (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92 /* \ */) i++;
      else if (char === 34 /* " */) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 91 || char === 123 /* [ { */) deepest = Math.max(deepest, ++depth);
    else if (char === 93 || char === 125 /* ] } */) depth--;
  }
  return deepest;
}

/** Checks a JSON-encoded argument list as `encodeReply` sends it for plain (non-FormData) arguments. */
export function checkActionBody(text: string): Refusal | null {
  if (Buffer.byteLength(text, "utf8") > ACTION_LIMITS.bytes) {
    return { status: 413, reason: "The request is larger than 1 MB." };
  }
  if (jsonDepth(text) > ACTION_LIMITS.depth)
    return { status: 400, reason: "The request is nested too deeply." };
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    return { status: 400, reason: "The request body is not valid JSON." };
  }
  if (!Array.isArray(args)) return { status: 400, reason: "The request body is not an argument list." };
  if (args.length > ACTION_LIMITS.args) return { status: 400, reason: "The request has too many arguments." };
  return null;
}

/** A server-action call this build cannot run, or null to let Next handle it. */
export async function badActionRequest(request: Request): Promise<Refusal | null> {
  const id = request.headers.get("next-action") ?? "";
  const ids = actionIds();
  if (ids && !ids.has(id)) {
    return { status: 404, reason: "No such action: reload the page (Ledger Desk may have been updated)." };
  }
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > ACTION_LIMITS.bytes) return { status: 413, reason: "The request is larger than 1 MB." };
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) return null; // FormData arguments: Next checks these itself
  return checkActionBody(await request.clone().text());
}

/** The answer to a refused request: plain words, no stack; one warning line in the log. */
export function refusalResponse(refusal: Refusal, pathname: string): Response {
  logEvent("warn", "bad_request", {
    status: refusal.status,
    reason: refusal.reason,
    path: pathname.slice(0, 200),
  });

  return new Response(`${refusal.reason}\n`, {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
