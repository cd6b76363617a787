import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { callAction, createBalanceForm, serverActions } from "./support/actions";
import { apiRoutes, getApi } from "./support/api-routes";
import { collectResponses } from "./support/collect";
import { E2E } from "./support/env";
import { createRouteFixtures, dashboardRoutes, NOT_FOUND_ROUTES, type RouteFixtures } from "./support/routes";

// Issue acceptance: "The Blnk key appears in no page, script or action reply (checked with a known key over every
// route)". `npm test` builds with BLNK_API_KEY set to the canary E2E.apiKey and every dashboard runs with it.

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

let fixtures: RouteFixtures;
test.beforeAll(async () => {
  fixtures = await createRouteFixtures("Secrets");
});

test("the Blnk API key is in no file of the browser build", () => {
  // npm test builds with BLNK_API_KEY set to this canary; a build made without it would prove nothing.
  expect(process.env.E2E_BLNK_API_KEY, "run through `npm test`, which builds with the canary key").toBe(
    E2E.apiKey,
  );
  const staticDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "static");
  expect(existsSync(staticDir)).toBe(true);
  const files = filesUnder(staticDir);
  expect(files.length).toBeGreaterThan(5);
  const leaking = files.filter((file) => readFileSync(file).includes(E2E.apiKey));
  expect(leaking).toEqual([]);
});

/**
 * Loads each route twice — as plain HTML and RSC payload by hand, and in the browser (which also fetches every
 * script, RSC payload and action reply the page needs) — then re-fetches every script seen, and asserts the
 * key is in none of it. Returns the script URLs, so a caller can check something was actually covered.
 */
async function expectNoKeyOnRoutes(
  page: Page,
  request: APIRequestContext,
  baseUrl: string,
  routes: readonly string[],
) {
  const responses = collectResponses(page, [baseUrl]);
  for (const route of routes) {
    const url = `${baseUrl}${route}`;
    const html = await request.get(url);
    expect(await html.text(), `HTML of ${url}`).not.toContain(E2E.apiKey);
    const rsc = await request.get(url, { headers: { RSC: "1" } });
    expect(await rsc.text(), `RSC payload of ${url}`).not.toContain(E2E.apiKey);

    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(await page.content(), `DOM of ${url}`).not.toContain(E2E.apiKey);
  }
  await responses.settle();
  responses.stop();
  const leaking = responses.received.filter((response) => response.body.includes(E2E.apiKey));
  expect(leaking.map((response) => `${response.type} ${response.url}`)).toEqual([]);

  const scripts = new Set(
    responses.received.filter((response) => response.type === "script").map((response) => response.url),
  );
  for (const url of scripts) {
    expect(await (await request.get(url)).text(), url).not.toContain(E2E.apiKey);
  }
  return { scripts, received: responses.received };
}

test("the Blnk API key is in no page, RSC payload or script of any route", async ({ page, request }) => {
  // It walks every route three ways (HTML, RSC, browser); that takes longer than one page's test.
  test.setTimeout(60_000);
  const routes = dashboardRoutes(fixtures);
  const { scripts, received } = await expectNoKeyOnRoutes(page, request, E2E.appUrl, [
    ...routes,
    ...NOT_FOUND_ROUTES,
  ]);
  expect(scripts.size).toBeGreaterThan(5);
  // The pages really rendered the fixtures (a page that failed would prove little).
  const documents = received.filter((response) => response.type === "document");
  expect(documents.some((response) => response.body.includes(fixtures.balanceId))).toBe(true);
  expect(documents.some((response) => response.body.includes(fixtures.ledgerId))).toBe(true);
  // Opening the summary panel (?balance=…) fetched the balance through its server action in the browser.
  expect(
    received.some(
      (response) => response.type === "fetch" && response.body.includes(`"${fixtures.balanceId}"`),
    ),
  ).toBe(true);
  // The not-found routes answer 404 (and were checked above).
  for (const route of NOT_FOUND_ROUTES) {
    expect((await request.get(`${E2E.appUrl}${route}`)).status(), route).toBe(404);
  }
});

test("the Blnk API key is in no page or script when Blnk is unreachable (error states)", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const { received } = await expectNoKeyOnRoutes(page, request, E2E.unreachableAppUrl, [
    ...dashboardRoutes(fixtures),
    "/no-such-page",
  ]);
  // These pages show the unreachable-Blnk explanation: the error path was the one checked.
  expect(
    received.some(
      (response) =>
        response.type === "document" && /unreachable|could not reach|cannot reach/i.test(response.body),
    ),
  ).toBe(true);
});

test("the Blnk API key is in no page or script of the sign-in page", async ({ page, request }) => {
  const { scripts } = await expectNoKeyOnRoutes(page, request, E2E.signInAppUrl, [
    "/sign-in",
    "/sign-in?next=%2Fbalances",
    "/balances",
  ]);
  expect(scripts.size).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  for (const reply of [
    await request.get(`${E2E.signInAppUrl}/api/auth/get-session`),
    await request.post(`${E2E.signInAppUrl}/api/auth/sign-in/email`, {
      headers: { Origin: E2E.signInAppUrl },
      data: { email: "nobody@example.com", password: "not the password at all" },
    }),
  ]) {
    expect(await reply.text(), reply.url()).not.toContain(E2E.apiKey);
  }
});

/** Calls of every server action: valid arguments, and invalid ones a hand-made request could send. */
function actionCalls({
  ledgerId,
  identityId,
  balanceId,
  transactionId,
}: RouteFixtures): Record<string, unknown[][]> {
  const form = (fields: Record<string, unknown>) => createBalanceForm({ ledgerId, ...fields });
  const transactionForm = (fields: Record<string, unknown>) => ({
    amount: "1.00",
    currency: "USD",
    source: "@SecretsSource",
    destination: "@SecretsSink",
    description: "secrets check",
    reference: `secrets-${Date.now().toString(36)}`,
    allowOverdraft: false,
    inflight: false,
    inflightExpiry: "",
    effectiveDate: "",
    metadata: [],
    ...fields,
  });
  return {
    fetchBalancesPage: [
      [{}],
      [{ page: 1, ledgerId, identityId }, 20],
      [{ page: 99999 }],
      [{ ledgerId: "ldg_missing" }],
      ["not a query"],
      [{}, 1000],
      [null],
    ],
    fetchBalanceCount: [
      [{}],
      [{ page: 1, ledgerId, identityId }],
      [{ ledgerId: "ldg_missing" }],
      ["not a query"],
    ],
    fetchBalanceSummary: [[balanceId], ["bln_missing"], ["../../etc/passwd"], [42], []],
    fetchBalanceActivity: [
      [{ id: balanceId, currency: "USD" }],
      [{ id: "bln_missing", currency: "USD" }],
      [{ id: "../../etc/passwd", currency: "USD" }],
      [42],
      [],
    ],
    createBalanceAction: [
      [form({ currency: `SEC${Date.now().toString(36).toUpperCase()}` })],
      [form({ assignOwner: true, identityId, currency: "EUR" })],
      // Well-formed, but Blnk refuses it: the error reply must not echo the request's key either.
      [form({ ledgerId: "ldg_missing" })],
      [form({ identityId: "idt_missing", assignOwner: true })],
      [form({ ledgerId: "", currency: "U S D", allocationStrategy: "NONE" })],
      [form({ requestId: "not-a-uuid", metadata: [{ key: "ledger_desk_x", value: "1" }] })],
      [{}],
      ["not a form"],
    ],
    // Admin-only user management (sign-in mode; in demo mode there are no users to manage).
    addUserAction: [
      [
        {
          email: `secrets-${Date.now()}@example.com`,
          name: "Secrets Check",
          role: "viewer",
          password: "a long enough password",
        },
      ],
      [{ email: "not an email", name: "", role: "root", password: "short" }],
      [{}],
      ["not a form"],
    ],
    setUserRoleAction: [
      [{ userId: "usr_missing", role: "viewer" }],
      [{ userId: "", role: "root" }],
      [{}],
      [42],
    ],
    // The audit log's chain check (Admins and Auditors); it reads Ledger Desk's own database only.
    verifyAuditChainAction: [[], ["unexpected"]],
    fetchTransactionsPage: [[{ page: 1 }], [{ page: 99999 }], [{ page: -1 }], ["not a query"], []],
    fetchTransactionCount: [[], ["unexpected"]],
    fetchTransactionParties: [[[balanceId, "@World"]], [["bln_missing"]], [[]], ["not a list"], [[42]]],
    fetchTransactionSummary: [[transactionId], ["txn_missing"], ["../../etc/passwd"], [42], []],
    // A preview writes nothing; the creates are refused (no such balance, bad fields), so no money moves.
    previewTransactionAction: [
      [transactionForm({ source: balanceId })],
      [transactionForm({ amount: "1e5" })],
      [{}],
    ],
    createTransactionAction: [
      [transactionForm({ source: "bln_missing" })],
      [transactionForm({ amount: "12.345", reference: "has space" })],
      [{}],
      ["not a form"],
    ],
    // The fixture's transaction is applied, not a hold: Blnk (or the check before it) refuses every commit
    // and void, so no money moves; the refund names a transaction that does not exist.
    commitTransactionAction: [
      [{ transactionId, amount: "", requestId: crypto.randomUUID() }],
      [{ transactionId: "txn_missing", amount: "1.00", requestId: crypto.randomUUID() }],
      [{ transactionId, amount: "1e5", requestId: "not-a-uuid" }],
      [{}],
      ["not a form"],
    ],
    voidTransactionAction: [
      [{ transactionId, requestId: crypto.randomUUID() }],
      [{ transactionId: "../x" }],
      [],
    ],
    refundTransactionAction: [
      [{ transactionId: "txn_missing", reason: "secrets check", requestId: crypto.randomUUID() }],
      [{ transactionId, reason: "", requestId: crypto.randomUUID() }],
      [{}],
    ],
    commitHoldsAction: [
      [{ transactionIds: [transactionId, "txn_missing"], requestId: crypto.randomUUID() }],
      [{ transactionIds: [], requestId: crypto.randomUUID() }],
      ["not a form"],
    ],
    voidHoldsAction: [[{ transactionIds: [transactionId], requestId: crypto.randomUUID() }], [{}]],
    fetchHoldsPage: [
      [{ from: 0 }],
      [{ ledgerId, currency: "USD", from: 0 }],
      [{ from: -1 }],
      ["not a query"],
    ],
    // Saved views live in Ledger Desk's own database; none of these reaches Blnk.
    createSavedView: [
      [{ table: "balances", name: `Secrets ${Date.now().toString(36)}`, filters: "f.currency.eq=USD" }],
      [{ table: "balances", name: "x".repeat(10_000), filters: "f.nope.eq=1" }],
      [{ table: "balances", name: "Secrets bad filter", filters: "f.balance.gt=1.234+USD" }],
      [{}],
      ["not a form"],
    ],
    saveSavedViewChanges: [[{ id: "view_missing", filters: "" }], [{ id: "../x", filters: 42 }], [{}]],
    renameSavedView: [[{ id: "view_missing", name: "Secrets" }], [{ id: "view_missing", name: "" }], [42]],
    deleteSavedView: [[{ id: "view_missing" }], [{ id: "'; DROP TABLE x; --" }], []],
    // Refused by the schema before Blnk is asked: no ledger is made.
    createLedgerAction: [
      [{ name: "", metadata: [], requestId: crypto.randomUUID() }],
      [{ name: "x".repeat(10_000), metadata: [{ key: "__proto__", value: "v" }], requestId: "not-a-uuid" }],
      ["not a form"],
    ],
    // Refused by the schema before Blnk is asked: no identity is made.
    createIdentityAction: [
      [{ type: "individual", email: "not an email", metadata: [], requestId: crypto.randomUUID() }],
      [{ type: "robot", firstName: "x".repeat(10_000), metadata: [{ key: "__proto__", value: "v" }] }],
      ["not a form"],
    ],
    // The identity does not exist: Blnk answers 404 and nothing changes; the rest is refused by the schema.
    editIdentityAction: [
      [
        {
          identityId: "idt_missing",
          city: "Secrets",
          previous: { city: "" },
          requestId: crypto.randomUUID(),
        },
      ],
      [{ identityId: "../x", email: "nope", previous: {}, requestId: "not-a-uuid" }],
      ["not a form"],
    ],
    // The identity does not exist: Blnk refuses, the balance keeps its owner.
    assignBalanceIdentity: [
      [{ balanceId, identityId: "idt_missing", replaces: null, requestId: crypto.randomUUID() }],
      [{ balanceId: "../x", identityId: identityId, replaces: null, requestId: "not-a-uuid" }],
      ["not a form"],
    ],
    // The balance does not exist: Blnk answers 404 and nothing changes; the rest is refused by the schema.
    editMetadata: [
      [
        {
          entityId: "bln_missing",
          metadata: [{ key: "secrets_check", value: "1", type: "number" }],
          previous: { secrets_check: null },
          requestId: crypto.randomUUID(),
        },
      ],
      [
        {
          entityId: "../x",
          metadata: [{ key: "__proto__", value: '{"a":1}', type: "json" }],
          previous: {},
          requestId: "not-a-uuid",
        },
      ],
      ["not a form"],
    ],
  };
}

/** GETs of every API route (the browser's type-ahead): valid queries, and ones a hand-made request could send. */
function apiCalls({
  ledgerId,
  identityId,
  balanceId,
  transactionId,
}: RouteFixtures): Record<string, Record<string, string>[]> {
  const odd = [{ q: "x".repeat(300) }, { q: "'; DROP TABLE balances; --" }, { q: "%_ü🙂" }];
  return {
    "/api/search/ledgers": [{ q: "a" }, {}, { q: "Secrets" }, { q: ledgerId }, ...odd],
    "/api/search/ledger-directory": [{}, { q: "ignored" }],
    "/api/search/identities": [{ q: "a" }, { q: "Secrets" }, { q: identityId }, ...odd],
    "/api/search/balances": [{ q: "a" }, { q: balanceId, currency: "USD" }, { currency: "U S" }, ...odd],
    // Exports: a file of the demo ledger, or a refusal; either way nothing secret.
    "/api/export/balances": [{ format: "csv" }, { format: "jsonl", "f.nope.eq": "1" }, { format: "xml" }, {}],
    "/api/export/transactions": [{ format: "jsonl" }, ...odd],
    "/api/export/identities": [{ format: "csv", q: "Secrets" }, { format: "csv" }],
    "/api/export/ledgers": [{ format: "jsonl" }, { format: "csv", "f.name.eq": "x" }],
    "/api/export/balance-transactions": [
      { format: "csv", balance: balanceId },
      { format: "csv", balance: "../x" },
    ],
    "/api/export/statement": [
      { format: "jsonl", balance: balanceId },
      { format: "csv", balance: balanceId, from: "x" },
    ],
    "/api/export/audit": [{ format: "jsonl" }, { format: "csv", who: "x".repeat(300) }],
    "/api/export/manifest": [{ id: "exp_000000000000000000000000" }, { id: "../x" }, {}],
    "/api/search/resolve": [
      { q: transactionId },
      { q: balanceId },
      { q: "txn_missing" },
      { q: "@World" },
      ...odd,
    ],
  };
}

/** Actions that need sign-in configured to do anything: in demo mode they may fail, but never with the key. */
const SIGN_IN_ONLY_ACTIONS = new Set(["addUserAction", "setUserRoleAction"]);

test("every server action's reply, valid or invalid, ok or failing, leaves out the Blnk API key", async ({
  request,
}) => {
  const calls = actionCalls(fixtures);
  // Every action and API route in the build is called here: a new one must be added below, or this fails.
  expect(Object.keys(calls).sort()).toEqual([...serverActions().keys()].sort());
  expect(Object.keys(apiCalls(fixtures)).sort()).toEqual(apiRoutes().sort());

  for (const [baseUrl, reachable] of [
    [E2E.appUrl, true],
    [E2E.unreachableAppUrl, false],
    [E2E.signInAppUrl, false],
  ] as const) {
    for (const [name, argLists] of Object.entries(calls)) {
      for (const args of argLists) {
        const { status, body } = await callAction(request, `${baseUrl}/balances`, name, args);
        const label = `${name}(${JSON.stringify(args).slice(0, 80)}) on ${baseUrl}`;
        expect(body, label).not.toContain(E2E.apiKey);
        if (reachable && !SIGN_IN_ONLY_ACTIONS.has(name)) expect(status, label).toBe(200);
      }
    }
    // A malformed action body is refused without echoing anything secret either.
    const malformed = await request.post(`${baseUrl}/balances`, {
      headers: {
        "Next-Action": serverActions().get("fetchBalancesPage") ?? "",
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
      },
      data: "{not json",
      maxRedirects: 0,
    });
    expect(await malformed.text()).not.toContain(E2E.apiKey);
    for (const [route, paramLists] of Object.entries(apiCalls(fixtures))) {
      for (const params of paramLists) {
        const { status, body } = await getApi(request, baseUrl, route, params);
        const label = `GET ${route}?${new URLSearchParams(params).toString().slice(0, 80)} on ${baseUrl}`;
        expect(body, label).not.toContain(E2E.apiKey);
        if (reachable) expect([200, 400], label).toContain(status);
      }
    }
  }

  // The valid calls really reached Blnk (a reply that is always an error would prove little).
  const summary = await callAction(request, `${E2E.appUrl}/balances`, "fetchBalanceSummary", [
    fixtures.balanceId,
  ]);
  expect(summary.body).toContain(fixtures.balanceId);
  const ledgers = await getApi(request, E2E.appUrl, "/api/search/ledgers", { q: "Secrets" });
  expect(ledgers.body).toContain(fixtures.ledgerId);
});

test("signed in on the sign-in dashboard, no page or action reply contains the Blnk API key", async ({
  request,
}) => {
  // The request context keeps the session cookie the sign-in sets.
  const { email, password } = E2E.accounts.admin;
  const signIn = await request.post(`${E2E.signInAppUrl}/api/auth/sign-in/email`, {
    headers: { Origin: E2E.signInAppUrl },
    data: { email, password },
  });
  expect(signIn.status()).toBe(200);
  expect(await signIn.text()).not.toContain(E2E.apiKey);

  for (const route of [...dashboardRoutes(fixtures), "/no-such-page"]) {
    const response = await request.get(`${E2E.signInAppUrl}${route}`, { maxRedirects: 0 });
    expect(response.status(), route).not.toBe(307);
    expect(await response.text(), route).not.toContain(E2E.apiKey);
    const rsc = await request.get(`${E2E.signInAppUrl}${route}`, { headers: { RSC: "1" } });
    expect(await rsc.text(), `RSC payload of ${route}`).not.toContain(E2E.apiKey);
  }
  for (const [name, argLists] of Object.entries(actionCalls(fixtures))) {
    for (const args of argLists) {
      const { status, body } = await callAction(request, `${E2E.signInAppUrl}/balances`, name, args);
      const label = `${name}(${JSON.stringify(args).slice(0, 80)}) signed in`;
      expect(status, label).toBe(200);
      expect(body, label).not.toContain(E2E.apiKey);
    }
  }
  for (const [route, paramLists] of Object.entries(apiCalls(fixtures))) {
    for (const params of paramLists) {
      const { body } = await getApi(request, E2E.signInAppUrl, route, params);
      expect(body, `GET ${route} signed in`).not.toContain(E2E.apiKey);
    }
  }
  const session = await request.get(`${E2E.signInAppUrl}/api/auth/get-session`);
  expect(await session.text()).toContain(email);
  expect(await session.text()).not.toContain(E2E.apiKey);
});
