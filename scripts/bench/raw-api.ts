// The raw Blnk API calls behind each dashboard action, sent from this process straight to the ledger (same
// key, same bodies as lib/blnk sends), so each dashboard figure has its floor beside it.

export type RawApi = ReturnType<typeof rawApi>;

export function rawApi(baseUrl: string, key: string) {
  async function call(method: string, path: string, body?: unknown): Promise<{ ms: number; text: string }> {
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
  }
  const idOf = (text: string, field: string) => {
    const match = new RegExp(`"${field}":"([^"]+)"`).exec(text);
    if (!match?.[1]) throw new Error(`no ${field} in ${text.slice(0, 200)}`);
    return match[1];
  };

  /** What the Balances page and its Refresh send: newest first, 20 rows and one more (is there a next page?). */
  const balancesPage = (page: number) =>
    call("POST", "/balances/filter", {
      filters: [],
      include_count: false,
      limit: 21,
      offset: (page - 1) * 20,
      sort_by: "created_at",
      sort_order: "desc",
    });

  return {
    call,
    balancesPage,
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
    async createBalance(ledgerId: string, currency: string) {
      const { ms, text } = await call("POST", "/balances", { ledger_id: ledgerId, currency });
      return { ms, id: idOf(text, "balance_id") };
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
      const created = await this.createBalance(ledgerId, currency);
      const summary = await call("GET", `/balances/${created.id}?include=ledger`);
      return lookup.ms + ledger.ms + created.ms + summary.ms;
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
