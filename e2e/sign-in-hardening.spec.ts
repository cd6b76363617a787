import { expect, type Page, test } from "@playwright/test";
import { actionId, callAction } from "./support/actions";
import { E2E } from "./support/env";
import { rawRequest } from "./support/raw-http";

// What an attack probe found on the sign-in dashboard (issue 12): the rate limit dodged by a forged
// X-Forwarded-For, no per-account limit, open redirects through `next=`, and admin endpoints the UI never
// offers. Requests that must not share the browser's rate-limit bucket come from their own loopback address.
test.use({ baseURL: E2E.signInAppUrl });

const SIGN_IN = `${E2E.signInAppUrl}/api/auth/sign-in/email`;

function signInFrom(localAddress: string, email: string, password: string, forwardedFor?: string) {
  return rawRequest(SIGN_IN, {
    method: "POST",
    localAddress,
    headers: {
      "Content-Type": "application/json",
      Origin: E2E.signInAppUrl,
      ...(forwardedFor ? { "X-Forwarded-For": forwardedFor } : {}),
    },
    body: JSON.stringify({ email, password }),
  });
}

test("the sign-in rate limit counts the socket's address, whatever X-Forwarded-For claims", async () => {
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= 21; attempt++) {
    // A new forged address and a new (unknown) email each time: only the per-address limit can stop this.
    const response = await signInFrom(
      "127.0.0.21",
      `nobody-${attempt}-${Date.now()}@example.com`,
      "wrong password",
      `198.51.100.${attempt}`,
    );
    statuses.push(response.status);
  }
  expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
  expect(statuses[20]).toBe(429);

  // Naming someone else's address does not use up their attempts.
  for (let attempt = 1; attempt <= 21; attempt++) {
    await signInFrom("127.0.0.22", `other-${attempt}@example.com`, "wrong password", "127.0.0.23");
  }
  const victim = await signInFrom("127.0.0.23", E2E.accounts.viewer.email, E2E.accounts.viewer.password);
  expect(victim.status).toBe(200);
});

test("ten wrong passwords lock an account's password sign-in, from any address, and say nothing of who exists", async () => {
  const { email, password } = E2E.lockableAccount;
  const unknown = `no-such-person-${Date.now()}@example.com`;
  for (let attempt = 1; attempt <= 10; attempt++) {
    // Each attempt from another address: the per-address limit never sees more than one.
    expect((await signInFrom(`127.0.1.${attempt}`, email, "not the password")).status).toBe(401);
    expect((await signInFrom(`127.0.2.${attempt}`, unknown, "not the password")).status).toBe(401);
  }
  const locked = await signInFrom("127.0.1.11", email, password);
  const lockedUnknown = await signInFrom("127.0.2.11", unknown, password);
  expect(locked.status).toBe(429);
  expect(lockedUnknown.status).toBe(429);
  // The same answer for an account that exists and one that does not.
  expect(locked.body).toBe(lockedUnknown.body);
  // Other accounts are not affected.
  expect(
    (await signInFrom("127.0.1.12", E2E.accounts.operator.email, E2E.accounts.operator.password)).status,
  ).toBe(200);
});

async function signInAsAdmin(page: Page, next: string) {
  await page.goto(`/sign-in?next=${next}`);
  await page.getByLabel("Email").fill(E2E.accounts.admin.email);
  await page.getByLabel("Password").fill(E2E.accounts.admin.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

// Each is a `next=` value as it stands in the URL; browsers drop tabs and newlines in URLs and read `\` as `/`,
// so each would lead to another host if passed through as it is.
const NEXT_VARIANTS = [
  "/%09/evil.example.com",
  "/%0A/evil.example.com",
  "/%0D/evil.example.com",
  "%09//evil.example.com",
  "/%09%5Cevil.example.com",
  "/%5C%09evil.example.com",
  "/%5C%0A%5Cevil.example.com",
  "/%0D%0ASet-Cookie:%20x=1",
  "/%00//evil.example.com",
  "/%C2%A0/evil.example.com",
  "/%E2%80%A8/evil.example.com",
  "//evil.example.com",
  "/%5Cevil.example.com",
  "https://evil.example.com/",
];

test("after sign-in, every next= that would leave the site lands on a Ledger Desk page instead", async ({
  page,
}) => {
  await signInAsAdmin(page, NEXT_VARIANTS[0] ?? "");
  await expect(page.getByRole("heading", { name: "Balances", level: 1 })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(E2E.signInAppUrl);

  // Signed in, the sign-in page sends a person straight on to `next`: the same check, on the server.
  for (const next of NEXT_VARIANTS) {
    const response = await page.goto(`/sign-in?next=${next}`);
    expect(response?.status(), next).toBe(200);
    expect(new URL(page.url()).origin, next).toBe(E2E.signInAppUrl);
    await expect(page.getByRole("heading", { name: "Balances", level: 1 }), next).toBeVisible();
  }
  // A local path still works.
  await page.goto("/sign-in?next=/ledgers");
  await expect(page).toHaveURL(`${E2E.signInAppUrl}/ledgers`);
});

test("the sign-in library's admin endpoints are closed: no impersonation, no self-demotion, no bans", async ({
  page,
  request,
}) => {
  // Another person's user ID, as an attacker with an Admin session would learn it.
  const viewer = await request.post("/api/auth/sign-in/email", {
    data: { email: E2E.accounts.viewer.email, password: E2E.accounts.viewer.password },
    headers: { Origin: E2E.signInAppUrl },
  });
  const viewerId = ((await viewer.json()) as { user: { id: string } }).user.id;
  await signInAsAdmin(page, "/balances");
  await expect(page.getByRole("heading", { name: "Balances", level: 1 })).toBeVisible();
  const session = await page.request.get("/api/auth/get-session");
  expect(session.status()).toBe(200);
  const me = ((await session.json()) as { user: { id: string } }).user.id;
  const headers = { Origin: E2E.signInAppUrl };

  for (const [path, data] of [
    ["/api/auth/admin/impersonate-user", { userId: viewerId }],
    ["/api/auth/admin/set-role", { userId: me, role: "viewer" }],
    ["/api/auth/admin/set-role", { userId: viewerId, role: "admin" }],
    ["/api/auth/admin/ban-user", { userId: viewerId }],
    ["/api/auth/admin/remove-user", { userId: viewerId }],
    ["/api/auth/admin/set-user-password", { userId: viewerId, newPassword: "another long password" }],
    ["/api/auth/admin/revoke-user-sessions", { userId: viewerId }],
    [
      "/api/auth/admin/create-user",
      { email: "sneaky@example.com", password: "a long password 1", name: "S" },
    ],
    ["/api/auth/sign-up/email", { email: "self@example.com", password: "a long password 1", name: "S" }],
    ["/api/auth/update-user", { role: "admin" }],
  ] as const) {
    const response = await page.request.post(path, { data, headers });
    expect(response.status(), path).toBe(404);
  }
  expect((await page.request.get("/api/auth/admin/list-users", { headers })).status()).toBe(404);

  // The Users page's own action refuses an Admin's change of their own role too.
  const { body } = await callAction(page.request, `${E2E.signInAppUrl}/settings/users`, "setUserRoleAction", [
    { userId: me, role: "viewer" },
  ]);
  expect(body).toContain("You cannot change your own role.");
  // Still an Admin, with their own name on their session.
  const after = (await (await page.request.get("/api/auth/get-session")).json()) as {
    user: { id: string; role: string };
    session: { impersonatedBy?: string | null };
  };
  expect(after.user).toMatchObject({ id: me, role: "admin" });
  expect(after.session.impersonatedBy ?? null).toBeNull();
});

test("with sign-in on, only the host of AUTH_URL is answered, and an action call to a public page needs a session", async () => {
  const foreign = await rawRequest(`${E2E.signInAppUrl}/sign-in`, { headers: { Host: "evil.example.com" } });
  expect(foreign.status).toBe(421);
  expect((await rawRequest(`${E2E.signInAppUrl}/sign-in`)).status).toBe(200);

  const action = await rawRequest(`${E2E.signInAppUrl}/sign-in`, {
    method: "POST",
    headers: { "Next-Action": actionId("fetchBalancesPage"), "Content-Type": "text/plain;charset=UTF-8" },
    body: "[{}]",
  });
  expect(action.status).toBe(401);
});
