import { describe, expect, it } from "vitest";
import {
  BALANCE_ID,
  balanceByIdJson,
  IDENTITY_ID,
  LEDGER_ID,
  ledgerJson,
  nestedIdentityJson,
  organizationJson,
} from "@/lib/blnk/test-fixtures";
import { json, type RecordedRequest, testServerForFile } from "@/lib/blnk/test-server";
import { loadBalance, loadOldestPendingInflightAt } from "./queries";
import { loadTransactionsPage } from "./transactions";

// The balance details page's loaders against each supported Core release, answering as that release does
// (shared/docs/core-compat.md §1.2, §5; the embedded ledger's LEDGER_CORE_PROFILE reproduces the same):
//   0.13.2  include=identity 400; filter rows: parent_transaction "" and precision 0; errors "CODE: message"
//   0.14.5  include=identity 400; filter rows: parent_transaction ""; errors "CODE: message" under a 400
//   0.15.0  include works (nested owner without identity_type); filter rows: parent_transaction ""; 404s
//   0.15.2  include works; filter rows name their parent; a full queue answers 503 QUEUE_BACKPRESSURE
// The balance has: a queued transfer (QUEUED original + `_q` copy), a skip_queue hold committed in full (its
// commit row carries no queue metadata), and a skip_queue hold still pending. Amounts beyond 2^64.

type Version = {
  name: string;
  includeFails: boolean;
  filterHasParent: boolean;
  filterPrecision: number;
  missing: { status: number; body: string };
  busyFirst?: { status: number; body: string };
};

const VERSIONS: Version[] = [
  {
    name: "0.13.2",
    includeFails: true,
    filterHasParent: false,
    filterPrecision: 0,
    missing: { status: 400, body: `{"error":"NOT_FOUND: Balance with ID '${BALANCE_ID}' not found"}` },
  },
  {
    name: "0.14.5",
    includeFails: true,
    filterHasParent: false,
    filterPrecision: 100,
    missing: { status: 400, body: `{"error":"NOT_FOUND: Balance with ID '${BALANCE_ID}' not found"}` },
  },
  {
    name: "0.15.0",
    includeFails: false,
    filterHasParent: false,
    filterPrecision: 100,
    missing: {
      status: 404,
      body: `{"error":"Balance with ID '${BALANCE_ID}' not found","error_detail":{"code":"BAL_NOT_FOUND","message":"Balance with ID '${BALANCE_ID}' not found","details":{}}}`,
    },
  },
  {
    name: "0.15.2",
    includeFails: false,
    filterHasParent: true,
    filterPrecision: 100,
    missing: {
      status: 404,
      body: `{"error":"Balance with ID '${BALANCE_ID}' not found","error_detail":{"code":"BAL_NOT_FOUND","message":"Balance with ID '${BALANCE_ID}' not found","details":{}}}`,
    },
    busyFirst: {
      status: 503,
      body: '{"error":"queue backpressure: redis memory or pending task limit reached","error_detail":{"code":"QUEUE_BACKPRESSURE","message":"queue backpressure: redis memory or pending task limit reached"}}',
    },
  },
];

const HUGE = 2n ** 64n + 5n;
const ORIGINAL = "txn_0a000000-0000-4000-8000-000000000001";
const COPY = "txn_0a000000-0000-4000-8000-000000000002";
const SETTLED_HOLD = "txn_0a000000-0000-4000-8000-000000000003";
const COMMIT = "txn_0a000000-0000-4000-8000-000000000004";
const PENDING_HOLD = "txn_0a000000-0000-4000-8000-000000000005";

type Fixture = {
  id: string;
  reference: string;
  status: string;
  parent: string;
  createdAt: string;
  queuedParent?: string;
  inflight?: boolean;
};

// Newest first, as the balance's list sorts them.
const ROWS: Fixture[] = [
  {
    id: PENDING_HOLD,
    reference: "hold-2",
    status: "INFLIGHT",
    parent: "",
    createdAt: "2026-06-20T10:03:00Z",
    inflight: true,
  },
  {
    id: COMMIT,
    reference: "ref_commit",
    status: "APPLIED",
    parent: SETTLED_HOLD,
    createdAt: "2026-06-20T10:02:30Z",
  },
  {
    id: SETTLED_HOLD,
    reference: "hold-1",
    status: "INFLIGHT",
    parent: "",
    createdAt: "2026-06-20T10:02:00Z",
    inflight: true,
  },
  {
    id: COPY,
    reference: "pay-1_q",
    status: "APPLIED",
    parent: ORIGINAL,
    createdAt: "2026-06-20T10:01:00Z",
    queuedParent: ORIGINAL,
  },
  {
    id: ORIGINAL,
    reference: "pay-1",
    status: "QUEUED",
    parent: "",
    createdAt: "2026-06-20T10:01:00Z",
    queuedParent: ORIGINAL,
  },
];

function rowJson(row: Fixture, version: Version): string {
  const meta = [
    row.queuedParent ? `"QUEUED_PARENT_TRANSACTION":"${row.queuedParent}"` : "",
    row.inflight ? '"inflight":true' : "",
  ].filter(Boolean);
  return `{"precise_amount":${HUGE},"amount":18446744073709552000,"amount_string":"184467440737095516.21",
"precision":${version.filterPrecision},"transaction_id":"${row.id}",
"parent_transaction":"${version.filterHasParent ? row.parent : ""}","source":"${BALANCE_ID}","destination":"@World",
"reference":"${row.reference}","currency":"USD","description":"payout","status":"${row.status}","hash":"h",
"allow_overdraft":false,"inflight":${row.inflight ?? false},"skip_queue":false,"atomic":false,
"created_at":"${row.createdAt}","scheduled_for":"0001-01-01T00:00:00Z",
"meta_data":${meta.length ? `{${meta.join(",")}}` : "null"}}`;
}

type Filter = { field: string; operator: string; value?: string; values?: string[] };

/** `POST /transactions/filter` as the version answers it: Core applies the filters; the rows are its shape. */
function filterAnswer(version: Version) {
  let busy = version.busyFirst;
  return (request: RecordedRequest) => {
    if (busy) {
      const answer = json(busy.status, busy.body);
      busy = undefined;
      return answer;
    }
    const body = JSON.parse(request.body) as { filters?: Filter[]; include_count?: boolean };
    const matches = (row: Fixture) =>
      (body.filters ?? []).every((filter) => {
        const actual =
          filter.field === "status" ? row.status : filter.field === "parent_transaction" ? row.parent : null;
        if (actual === null) return true;
        return filter.operator === "in" ? (filter.values ?? []).includes(actual) : actual === filter.value;
      });
    const found = ROWS.filter(matches);
    const sorted = body.filters?.some((filter) => filter.value === "INFLIGHT") ? [...found].reverse() : found;
    const rows = sorted.map((row) => rowJson(row, version)).join(",");
    return json(200, body.include_count ? `{"data":[${rows}],"total_count":${found.length}}` : `[${rows}]`);
  };
}

const nestedOrganization = `"identity":${nestedIdentityJson
  .replace('"organization_name":""', '"organization_name":"Acme Ltd"')
  .replace('"first_name":"Ada","last_name":"Lovelace"', '"first_name":"Wile","last_name":"Coyote"')}`;
const withIncludes = balanceByIdJson.replace(
  /}$/,
  `,"ledger":{"ledger_id":"${LEDGER_ID}","name":"Customer Wallets","created_at":"2026-08-01T12:00:00Z","meta_data":null},${nestedOrganization}}`,
);

const { server } = testServerForFile({ env: { CURRENCY_PRECISION: "" } });

function serve(version: Version) {
  server.on(`GET /balances/${BALANCE_ID}`, (request) => {
    if (!request.query.has("include")) return json(200, balanceByIdJson);
    return version.includeFails
      ? json(400, '{"error":"INTERNAL_SERVER_ERROR: Failed to scan balance data"}')
      : json(200, withIncludes);
  });
  server.on(`GET /ledgers/${LEDGER_ID}`, json(200, ledgerJson));
  server.on(`GET /identities/${IDENTITY_ID}`, json(200, organizationJson.replace("idt_org", IDENTITY_ID)));
  server.on("POST /transactions/filter", filterAnswer(version));
  server.on("POST /balances/filter", json(200, "[]"));
}

describe.each(VERSIONS)("balance details against Core $name", (version) => {
  it("opens the balance with its ledger and the organisation's own name", async () => {
    serve(version);
    const result = await loadBalance(BALANCE_ID);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.balance).toBe(123456789012345678901234567890n);
    expect(result.data.ledger?.name).toBe("Customer Wallets");
    const owner = result.data.identity;
    expect(owner?.organizationName).toBe("Acme Ltd");
    const asked = server.requests.filter((request) => request.path.startsWith("/balances/")).length;
    expect(asked).toBe(version.includeFails ? 2 : 1);
  });

  it("shows the queued transfer once and every hold and commit as itself, amounts exact", async () => {
    serve(version);
    const page = await loadTransactionsPage(
      { id: BALANCE_ID, indicator: null },
      { page: 1, pageSize: 20, withCount: true },
    );
    if (!page.ok) throw new Error(page.error.message);
    expect(page.data.rows.map((row) => [row.reference, row.status])).toEqual([
      ["hold-2", "INFLIGHT"],
      ["ref_commit", "APPLIED"],
      ["hold-1", "INFLIGHT"],
      ["pay-1_q", "APPLIED"],
    ]);
    expect(page.data.totalCount).toBe(4);
    expect(page.data.rows[0]?.amount.raw).toBe(HUGE.toString());
  });

  it("finds the hold still pending, not the one committed long ago", async () => {
    serve(version);
    expect(await loadOldestPendingInflightAt(BALANCE_ID)).toBe("2026-06-20T10:03:00Z");
    // Releases whose rows name no parent ask hold by hold; 0.15.2's rows say it at once.
    const eachHold = server.requests.filter((request) =>
      request.body.includes('"operator":"eq","value":"txn_'),
    );
    expect(eachHold.length).toBe(version.filterHasParent ? 0 : 2);
  });

  it("a missing balance is missing, asked once", async () => {
    server.on(`GET /balances/${BALANCE_ID}`, json(version.missing.status, version.missing.body));
    const result = await loadBalance(BALANCE_ID);
    expect(result.ok ? "found" : result.error.kind).toBe("not_found");
    expect(server.requests).toHaveLength(1);
  });
});
