// Demo data for a fresh embedded ledger, written through the ledger's own HTTP API so every record obeys
// the same rules as anything a client creates: balances move only by transactions, internal balances are
// auto-created from @indicators, and funds checks apply.

import { parseBody, toJson } from "../json";
import type { Queryable } from "../storage/db";
import { DEMO_CURRENCIES, DEMO_INDIVIDUALS, DEMO_LEDGERS, DEMO_ORGANIZATIONS } from "./demo-data";

export async function isLedgerEmpty(db: Queryable): Promise<boolean> {
  const result = await db.query<{ n: number }>(
    "SELECT (SELECT count(*) FROM ledgers WHERE ledger_id <> 'general_ledger_id') + (SELECT count(*) FROM balances) AS n",
  );
  return Number(result.rows[0]?.n ?? 0) === 0;
}

/** A small deterministic PRNG (mulberry32): the same demo every time. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, unknown>;

function client(baseUrl: string) {
  return async function call(method: string, path: string, body?: unknown): Promise<Json> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : toJson(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Demo seed: ${method} ${path} → ${response.status} ${text}`);
    return parseBody(text) as Json;
  };
}

/** The seed's connection and its one random sequence, shared by every step in the order they run. */
function demoSeed(baseUrl: string) {
  const call = client(baseUrl);
  const rand = random(20261122);
  let reference = 0;
  let transactions = 0;
  return {
    call,
    rand,
    pick: <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T,
    /** Posts a transaction with the next demo reference. */
    post: async (body: Json) => {
      reference += 1;
      transactions += 1;
      return call("POST", "/transactions", { reference: `demo-${reference}`, ...body });
    },
    /** Commits or voids an inflight transaction: a transaction of its own in the count. */
    settle: async (id: string, body: Json) => {
      const settled = await call("PUT", `/transactions/inflight/${id}`, body);
      transactions += 1;
      return settled;
    },
    transactions: () => transactions,
  };
}

type DemoSeed = ReturnType<typeof demoSeed>;
type Account = { id: string; currency: string };

export async function seedDemo(baseUrl: string) {
  const seed = demoSeed(baseUrl);
  const ledgers: string[] = [];
  for (const ledger of DEMO_LEDGERS)
    ledgers.push(String((await seed.call("POST", "/ledgers", ledger)).ledger_id));
  const { individuals, organizations } = await createIdentities(seed);
  const { accounts, ethWhale } = await createBalances(
    seed,
    ledgers as [string, string, string, string],
    individuals,
    organizations,
  );
  await fund(seed, accounts, ethWhale);
  await transferAndChargeFees(seed, accounts);
  await authoriseCards(seed, accounts);
  return {
    ledgers: ledgers.length,
    identities: individuals.length + organizations.length,
    balances: accounts.length,
    transactions: seed.transactions(),
  };
}

async function createIdentities(seed: DemoSeed) {
  const individuals: string[] = [];
  for (const person of DEMO_INDIVIDUALS) {
    const email = `${person.first_name}.${person.last_name}`.toLowerCase().replace(/[^a-z.]/g, "");
    const created = await seed.call("POST", "/identities", {
      identity_type: "individual",
      ...person,
      email_address: `${email}@example.com`,
      phone_number: `+1555${String(individuals.length).padStart(7, "0")}`,
      meta_data: { kyc_tier: seed.pick(["1", "2", "3"]) },
    });
    individuals.push(String(created.identity_id));
  }
  const organizations: string[] = [];
  for (const org of DEMO_ORGANIZATIONS) {
    const slug = org.organization_name
      .toLowerCase()
      .replace(/[^a-z]+/g, "-")
      .replace(/-$/, "");
    const created = await seed.call("POST", "/identities", {
      identity_type: "organization",
      ...org,
      email_address: `finance@${slug}.example`,
    });
    organizations.push(String(created.identity_id));
  }
  return { individuals, organizations };
}

/** Customer balances: 2–3 each across currencies; every third one tracks fund lineage. */
async function createBalances(
  seed: DemoSeed,
  [wallets, merchants, cardFloat, savings]: [string, string, string, string],
  individuals: string[],
  organizations: string[],
) {
  const accounts: Account[] = [];
  const createBalance = async (ledgerId: string, currency: string, identityId?: string, lineage = false) => {
    const created = await seed.call("POST", "/balances", {
      ledger_id: ledgerId,
      currency,
      ...(identityId ? { identity_id: identityId } : {}),
      ...(lineage
        ? { track_fund_lineage: true, allocation_strategy: seed.pick(["FIFO", "LIFO", "PROPORTIONAL"]) }
        : {}),
      meta_data: { seeded: "demo" },
    });
    const account = { id: String(created.balance_id), currency };
    accounts.push(account);
    return account;
  };
  const fiat = ["USD", "EUR", "GBP", "NGN", "JPY"];
  for (const [index, identityId] of individuals.entries()) {
    const count = 2 + (index % 2);
    for (let i = 0; i < count; i++) {
      const currency = i === 0 ? fiat[index % fiat.length] : seed.pick([...fiat, "BTC", "ETH"]);
      await createBalance(i === 2 ? savings : wallets, currency ?? "USD", identityId, (index + i) % 3 === 0);
    }
  }
  for (const [index, orgId] of organizations.entries()) {
    await createBalance(merchants, seed.pick(fiat), orgId);
    await createBalance(
      index % 2 === 0 ? cardFloat : merchants,
      index === 5 ? "BTC" : seed.pick(fiat),
      orgId,
    );
  }
  // Every currency gets an ETH and BTC presence, plus a few unowned operational balances.
  const ethWhale = await createBalance(wallets, "ETH", individuals[0]);
  await createBalance(wallets, "BTC", individuals[3]);
  for (const currency of ["USD", "EUR", "GBP"]) await createBalance(cardFloat, currency);
  return { accounts, ethWhale };
}

/** `major` units of a currency in its minor units, at the demo's precision for it. */
function minor(currency: string, major: number): bigint {
  const info = DEMO_CURRENCIES[currency] ?? { precision: 100n, typical: 100 };
  const cents = BigInt(Math.round(major * 100));
  return (cents * info.precision) / 100n;
}

/** Funds every balance from @World; one ETH balance beyond 2^64 wei (≈18.45 ETH): 1,234.5 ETH. */
async function fund(seed: DemoSeed, accounts: Account[], ethWhale: Account) {
  for (const account of accounts) {
    const info = DEMO_CURRENCIES[account.currency] ?? { precision: 100n, typical: 100 };
    await seed.post({
      precise_amount: minor(account.currency, info.typical * (0.5 + seed.rand() * 3)),
      currency: account.currency,
      source: "@World",
      destination: account.id,
      allow_overdraft: true,
      description: "Initial deposit",
    });
  }
  await seed.post({
    precise_amount: 1_234_500_000_000_000_000_000n,
    currency: "ETH",
    source: "@World",
    destination: ethWhale.id,
    allow_overdraft: true,
    description: "Treasury transfer",
  });
}

/** Transfers between balances of one currency, each with its fee to @Fees, then a sweep of fees to @Revenue. */
async function transferAndChargeFees(seed: DemoSeed, accounts: Account[]) {
  const byCurrency = new Map<string, Account[]>();
  for (const account of accounts)
    byCurrency.set(account.currency, [...(byCurrency.get(account.currency) ?? []), account]);
  for (let i = 0; i < 60; i++) {
    const currency = seed.pick(["USD", "EUR", "GBP", "NGN", "JPY"]);
    const pool = byCurrency.get(currency) ?? [];
    if (pool.length < 2) continue;
    const from = seed.pick(pool);
    const to = seed.pick(pool.filter((account) => account.id !== from.id));
    const amount = minor(currency, (DEMO_CURRENCIES[currency]?.typical ?? 100) * seed.rand() * 0.1);
    if (amount <= 0n) continue;
    await seed.post({
      precise_amount: amount,
      currency,
      source: from.id,
      destination: to.id,
      description: "Transfer",
    });
    await seed.post({
      precise_amount: amount / 100n + 1n,
      currency,
      source: from.id,
      destination: "@Fees",
      description: "Transfer fee",
    });
  }
  for (const currency of ["USD", "EUR", "GBP"]) {
    await seed.post({
      precise_amount: minor(currency, 1),
      currency,
      source: "@Fees",
      destination: "@Revenue",
      allow_overdraft: true,
      description: "Fee sweep",
    });
  }
}

/** Card authorisations: inflight, some committed (fully or partly), some voided, some still pending. */
async function authoriseCards(seed: DemoSeed, accounts: Account[]) {
  const cardHolders = accounts.filter((account) => ["USD", "EUR", "GBP"].includes(account.currency));
  for (let i = 0; i < 12; i++) {
    const account = seed.pick(cardHolders);
    const inflight = await seed.post({
      precise_amount: minor(account.currency, 20 + seed.rand() * 80),
      currency: account.currency,
      source: account.id,
      destination: "@CardNetwork",
      inflight: true,
      description: "Card authorisation",
    });
    const id = String(inflight.transaction_id);
    if (i % 4 === 0) await seed.settle(id, { status: "commit" });
    else if (i % 4 === 1) await seed.settle(id, { status: "void" });
    else if (i % 4 === 2) {
      const partial = (BigInt(String(inflight.precise_amount)) * 6n) / 10n;
      await seed.settle(id, { status: "commit", precise_amount: partial });
    }
  }
}
