import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";

// defineRoute checks like defineAction: the session and role before the input is read, then the input, then
// the body; every answer is the one result shape as JSON, never cached, never a raw error. And every route
// of the dashboard's own API (app/api/, apart from the sign-in library's) is made by it, with its role listed.

const actor = vi.hoisted(() => ({ current: null as Actor | null | Error }));
vi.mock("@/lib/auth/actor", () => ({
  getActor: async () => {
    if (actor.current instanceof Error) throw actor.current;
    return actor.current;
  },
}));

const { defineRoute, ROUTE_BRAND } = await import("./define-route");

const person = (role: Actor["role"]): Actor => ({
  id: "u",
  name: "U",
  email: "u@example.com",
  role,
  mode: "sign-in",
});

const body = vi.fn(async (input: { q: string }) => ({ ok: true as const, data: `found ${input.q}` }));
const route = defineRoute("operator", z.object({ q: z.string().max(5, "At most 5 characters.") }), body);
const call = async (query: string) => {
  const response = await route(new Request(`http://127.0.0.1/api/x${query}`));
  return {
    status: response.status,
    cache: response.headers.get("cache-control"),
    json: await response.json(),
  };
};

beforeEach(() => {
  body.mockClear();
});

describe("defineRoute", () => {
  it("answers 401 without a session and 403 for a role too low, before reading the input", async () => {
    actor.current = null;
    expect(await call("?q=way-too-long")).toMatchObject({
      status: 401,
      json: { ok: false, error: "Sign in to continue." },
    });
    actor.current = person("viewer");
    expect(await call("?q=way-too-long")).toMatchObject({
      status: 403,
      json: { ok: false, error: "Your role does not allow this." },
    });
    actor.current = person(null);
    expect((await call("?q=a")).status).toBe(403);
    expect(body).not.toHaveBeenCalled();
  });

  it("parses the query string with the schema, then runs the body; the answer is never cached", async () => {
    actor.current = person("operator");
    expect(await call("?q=way-too-long")).toEqual({
      status: 400,
      cache: "private, no-store",
      json: { ok: false, error: "At most 5 characters." },
    });
    expect(body).not.toHaveBeenCalled();
    expect(await call("?q=ab&q=cd&extra=1")).toEqual({
      status: 200,
      cache: "private, no-store",
      json: { ok: true, data: "found cd" },
    });
  });

  it("answers a failing session store or body in plain words, never with its error", async () => {
    actor.current = new Error("database file locked at /secret/path");
    expect(await call("?q=a")).toMatchObject({ status: 503, json: { ok: false } });
    actor.current = person("admin");
    body.mockRejectedValueOnce(new Error("key ldk-secret leaked"));
    const failed = await call("?q=a");
    expect(failed).toEqual({
      status: 500,
      cache: "private, no-store",
      json: { ok: false, error: "Ledger Desk could not answer. Try again." },
    });
    expect(JSON.stringify(failed)).not.toContain("secret");
  });
});

describe("the dashboard's API routes", () => {
  const root = path.resolve(__dirname, "../..");
  const routeFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return routeFiles(full);
      return name === "route.ts" ? [full] : [];
    });
  // The sign-in library's endpoints answer for themselves (lib/auth/endpoints.ts).
  const files = routeFiles(path.join(root, "app", "api")).filter(
    (file) => !file.includes(`${path.sep}auth${path.sep}`),
  );

  it("are each made by defineRoute or defineResponseRoute, with the role they need", async () => {
    const roles: Record<string, unknown> = {};
    for (const file of files) {
      for (const [method, handler] of Object.entries((await import(file)) as Record<string, unknown>)) {
        const brand = (handler as { [ROUTE_BRAND]?: { role: string } })[ROUTE_BRAND];
        roles[`${method} /${path.relative(path.join(root, "app"), path.dirname(file))}`] =
          brand?.role ?? "none";
      }
    }
    expect(roles).toEqual({
      "GET /api/export/audit": "oversight",
      "GET /api/export/balance-transactions": "viewer",
      "GET /api/export/balances": "viewer",
      "GET /api/export/identities": "viewer",
      "GET /api/export/ledgers": "viewer",
      "GET /api/export/manifest": "viewer",
      "GET /api/export/statement": "viewer",
      "GET /api/export/transactions": "viewer",
      "GET /api/search/balances": "operator",
      "GET /api/search/identities": "viewer",
      "GET /api/search/ledger-directory": "viewer",
      "GET /api/search/ledgers": "viewer",
      "GET /api/search/resolve": "viewer",
    });
  });
});
