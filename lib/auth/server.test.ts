import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getMigrations } from "better-auth/db/migration";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAppDatabase } from "@/lib/db";
import { type Auth, createAuth, ensureUser, type SignInSettings } from "./server";

// The sign-in library on the embedded Postgres, as the dashboard runs it: migrations, local accounts,
// password hashing, sessions and their expiry.
let dir: string;
let auth: Auth;
const settings = (): SignInSettings => ({
  mode: "sign-in",
  secret: "a-test-secret-that-is-long-enough-1234567890",
  baseUrl: "http://127.0.0.1:3999",
  sessionTtlSeconds: 2,
  database: { kind: "pglite", dataDir: dir },
  oidc: undefined,
  admin: undefined,
});

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "ledger-desk-auth-"));
  auth = createAuth(settings());
  await (await getMigrations(auth.options)).runMigrations();
}, 60_000);

afterAll(async () => {
  await closeAppDatabase();
  rmSync(dir, { recursive: true, force: true });
});

async function signIn(email: string, password: string) {
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  return { status: response.status, cookie: response.headers.get("set-cookie") ?? "" };
}

describe("local accounts on PGlite", () => {
  it("creates a user once, stores no plain password, and signs in with an httpOnly SameSite expiring cookie", async () => {
    expect(
      await ensureUser(auth, {
        email: "ops@example.com",
        password: "correct horse battery",
        name: "Ops",
        role: "operator",
      }),
    ).toBe(true);
    expect(
      await ensureUser(auth, {
        email: "ops@example.com",
        password: "another password!!",
        name: "Ops",
        role: "admin",
      }),
    ).toBe(false);

    const context = await auth.$context;
    const found = await context.internalAdapter.findUserByEmail("ops@example.com", { includeAccounts: true });
    expect((found?.user as { role?: string } | undefined)?.role).toBe("operator");
    const stored = found?.accounts.find((account) => account.providerId === "credential")?.password ?? "";
    expect(stored).not.toContain("correct horse battery");
    expect(stored.length).toBeGreaterThan(40);

    const { status, cookie } = await signIn("ops@example.com", "correct horse battery");
    expect(status).toBe(200);
    expect(cookie).toMatch(/ledger-desk\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=2\b/);

    const session = await auth.api.getSession({
      headers: new Headers({ cookie: cookie.split(";")[0] ?? "" }),
    });
    expect(session?.user.email).toBe("ops@example.com");
  });

  it("refuses a wrong password and self sign-up", async () => {
    expect((await signIn("ops@example.com", "wrong password here")).status).toBe(401);
    const response = await auth.api.signUpEmail({
      body: { email: "new@example.com", password: "a long enough password", name: "New" },
      asResponse: true,
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it("a session stops working once it expires", async () => {
    const { cookie } = await signIn("ops@example.com", "correct horse battery");
    const headers = new Headers({ cookie: cookie.split(";")[0] ?? "" });
    expect(await auth.api.getSession({ headers })).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await auth.api.getSession({ headers })).toBeNull();
  });
});
