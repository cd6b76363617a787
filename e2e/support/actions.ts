import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** Every server action of the build under test, by exported name (from Next's server reference manifest). */
export function serverActions(): Map<string, string> {
  const file = path.join(
    process.cwd(),
    process.env.NEXT_DIST_DIR || ".next",
    "server",
    "server-reference-manifest.json",
  );
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  return new Map(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
}

export function actionId(name: string): string {
  const id = serverActions().get(name);
  if (!id) throw new Error(`no server action named ${name} in the build`);
  return id;
}

/**
 * Calls a server action the way a hand-made request (or an attacker) would: a POST with its ID in
 * `Next-Action` and the arguments as JSON, bypassing the UI.
 */
export async function callAction(
  request: APIRequestContext,
  url: string,
  name: string,
  args: unknown[],
  headers: Record<string, string> = {},
) {
  const response = await request.post(url, {
    headers: {
      "Next-Action": actionId(name),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      ...headers,
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}

/** Calls server action `name` with `input` at the page's own address and with its session, past its UI. */
export function callActionFromPage(page: Page, name: string, input: unknown) {
  return callAction(page.request, page.url(), name, [input]);
}

/** The "Create balance" form's values as the browser sends them to `createBalanceAction`. */
export function createBalanceForm(fields: Record<string, unknown> & { ledgerId: string }) {
  return {
    currency: "USD",
    identityId: "",
    assignOwner: false,
    trackFundLineage: false,
    allocationStrategy: "FIFO",
    metadata: [],
    requestId: crypto.randomUUID(),
    ...fields,
  };
}
