// The raw Blnk API calls behind each dashboard action, sent from this process straight to the ledger (same
// key, same bodies as lib/blnk sends), so each dashboard figure has its floor beside it.

type TimedCall = (method: string, path: string, body?: unknown) => Promise<{ ms: number; text: string }>;

export type RawApi = ReturnType<typeof rawApi>;

export function rawApi(baseUrl: string, key: string) {
  const call = timedCall(baseUrl, key);
  return { call, ...reads(call), ...writes(call) };
}

/** One call to the ledger, timed from sending the request to the whole answer read; throws on an error status. */
function timedCall(baseUrl: string, key: string): TimedCall {
  return async (method, path, body) => {
    const start = performance.now();
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", "X-Blnk-Key": key },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const ms = performance.now() - start;
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 200)}`);
    return { ms, text };
  };
}

function idOf(text: string, field: string): string {
  const match = new RegExp(`"${field}":"([^"]+)"`).exec(text);
  if (!match?.[1]) throw new Error(`no ${field} in ${text.slice(0, 200)}`);
  return match[1];
}

/** A list page as the dashboard asks for it: newest first, 20 rows and one more. */
function newestPage(call: TimedCall, resource: "balances" | "transactions", page: number) {
  return call("POST", `/${resource}/filter`, {
    filters: [],
    include_count: false,
    limit: 21,
    offset: (page - 1) * 20,
    sort_by: "created_at",
    sort_order: "desc",
  });
}

/** The reads: the Balances page and the create form's two searches. */
function reads(call: TimedCall) {
  return {
    /** What the Balances page and its Refresh send: newest first, 20 rows and one more (is there a next page?). */
    balancesPage: (page: number) => newestPage(call, "balances", page),
    /** What the Transactions page sends for its rows: the same shape on /transactions/filter. */
    transactionsPage: (page: number) => newestPage(call, "transactions", page),
    /** What a transaction's details page sends: the record, its children (the lifecycle) and both sides. */
    transactionDetails: async (id: string) => {
      const one = await call("GET", `/transactions/${encodeURIComponent(id)}`);
      const children = await call("POST", "/transactions/filter", {
        filters: [{ field: "parent_transaction", operator: "in", values: [id] }],
        include_count: false,
        limit: 100,
        offset: 0,
        sort_by: "created_at",
        sort_order: "asc",
      });
      const sides = [...one.text.matchAll(/"(?:source|destination)":"(bln_[^"]+)"/g)].map((m) => m[1]);
      const balances = await call("POST", "/balances/filter", {
        filters: [{ field: "balance_id", operator: "in", values: sides }],
        include_count: false,
        limit: Math.max(1, sides.length),
        offset: 0,
      });
      return { ms: one.ms + children.ms + balances.ms, text: one.text };
    },
    ledgerSearch: (text: string) =>
      call("POST", "/ledgers/filter", {
        filters: [{ field: "name", operator: "ilike", value: `%${text}%` }],
        include_count: false,
        limit: 8,
        offset: 0,
        sort_by: "created_at",
        sort_order: "desc",
      }),
    identitySearch: (text: string) =>
      call("POST", "/identities/filter", {
        filters: ["first_name", "last_name", "organization_name", "email_address"].map((field) => ({
          field,
          operator: "ilike",
          value: `%${text}%`,
        })),
        logical_operator: "or",
        include_count: false,
        limit: 8,
        offset: 0,
        sort_by: "created_at",
        sort_order: "desc",
      }),
  };
}

/** The writes: the records the benchmark sets up, and the create flow a dashboard create makes. */
function writes(call: TimedCall) {
  const createBalance = async (ledgerId: string, currency: string) => {
    const { ms, text } = await call("POST", "/balances", { ledger_id: ledgerId, currency });
    return { ms, id: idOf(text, "balance_id") };
  };
  /** One minor unit from `source` to `destination`, applied at once or held. */
  const transfer = (source: string, destination: string, kind: "transfer" | "hold") =>
    call("POST", "/transactions", {
      precise_amount: 1,
      precision: 100,
      currency: "USD",
      source,
      destination,
      description: kind === "hold" ? "bench hold" : "bench raw transfer",
      reference: `bench-${kind === "hold" ? "hold" : "raw"}-${crypto.randomUUID()}`,
      allow_overdraft: true,
      ...(kind === "hold" ? { inflight: true } : {}),
      skip_queue: true,
    });
  return {
    createBalance,
    async createLedger(name: string) {
      return idOf((await call("POST", "/ledgers", { name })).text, "ledger_id");
    },
    async createIdentity(firstName: string, lastName: string) {
      const { text } = await call("POST", "/identities", {
        identity_type: "individual",
        first_name: firstName,
        last_name: lastName,
        email_address: `${firstName}.${lastName}@bench.example`.toLowerCase(),
      });
      return idOf(text, "identity_id");
    },
    /** What "Create transaction" sends once its preview is shown: one synchronous POST /transactions. */
    async createTransaction(source: string, destination: string) {
      return (await transfer(source, destination, "transfer")).ms;
    },
    /** A hold to commit (set-up, not timed): one minor unit held from `source` to `destination`. */
    async createHold(source: string, destination: string) {
      return idOf((await transfer(source, destination, "hold")).text, "transaction_id");
    },
    /** What "Commit transaction" sends Blnk: one synchronous commit of all that is left. */
    async commitHold(id: string) {
      const { ms } = await call("PUT", `/transactions/inflight/${encodeURIComponent(id)}`, {
        status: "commit",
        skip_queue: true,
      });
      return ms;
    },
    /** The create flow's calls: the retry lookup, the ledger check, the create, then the summary's read. */
    async createFlow(ledgerId: string, currency: string) {
      const lookup = await call("POST", "/balances/filter", {
        filters: [
          { field: "ledger_id", operator: "eq", value: ledgerId },
          { field: "meta_data.ledger_desk_request_id", operator: "eq", value: crypto.randomUUID() },
        ],
        include_count: false,
        limit: 1,
        offset: 0,
      });
      const ledger = await call("GET", `/ledgers/${ledgerId}`);
      const created = await createBalance(ledgerId, currency);
      const summary = await call("GET", `/balances/${created.id}?include=ledger`);
      return lookup.ms + ledger.ms + created.ms + summary.ms;
    },
  };
}
