import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type LedgerProcess, startLedgerProcess } from "@/lib/test-support/ledger-process";
import { searchBalances } from "./search";

// searchBalances, the "Source" and "Destination" suggestions, against the embedded ledger: by balance ID, by
// @indicator (with a new one offered as such), by the owner's name, in the form's currency when one is set.

// Each case makes several HTTP round trips to a ledger process and the app database; on a loaded two-core
// machine that can pass Vitest's 5 s default without anything being wrong.
vi.setConfig({ testTimeout: 30_000 });

const KEY = "create-transaction-search-test-key-91af";
let ledger: LedgerProcess;
const savedEnv = { ...process.env };
const run = crypto.randomUUID().slice(0, 8);

let ledgerId: string;
let adaUsd: string;
let adaEur: string;
let grace: string;

beforeAll(async () => {
  ledger = await startLedgerProcess(KEY);
  process.env = { ...savedEnv, BLNK_URL: ledger.url, BLNK_API_KEY: KEY };
  ledgerId = await ledger.newLedger("Search");
  const ada = await ledger.newIdentity({
    first_name: "Ada",
    last_name: `Quill${run}`,
    email_address: `ada${run}@example.com`,
  });
  const hopper = await ledger.newIdentity({ first_name: "Grace", last_name: `Hopper${run}` });
  const balance = async (currency: string, identity_id?: string) =>
    (
      (await ledger.call("POST", "/balances", { ledger_id: ledgerId, currency, identity_id })) as {
        balance_id: string;
      }
    ).balance_id;
  adaUsd = await balance("USD", ada);
  adaEur = await balance("EUR", ada);
  grace = await balance("USD", hopper);
  await send(`@fees-${run}`, adaUsd, "USD", 1234n);
  await send(`@fees-${run}`, adaEur, "EUR", 5n);
}, 60_000);
afterAll(async () => {
  process.env = savedEnv;
  await ledger?.stop();
});
beforeEach(() => {
  process.env = { ...savedEnv, BLNK_URL: ledger.url, BLNK_API_KEY: KEY };
});

/** From `source` (an @indicator, overdrawn as it likes) to `destination`. */
async function send(source: string, destination: string, currency: string, amount: bigint) {
  const response = await fetch(`${ledger.url}/transactions`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-blnk-key": KEY },
    body: `{"precise_amount":${amount},"precision":100,"currency":"${currency}","source":"${source}",
"destination":"${destination}","description":"Seed","reference":"seed_${crypto.randomUUID()}",
"allow_overdraft":true,"skip_queue":true}`,
  });
  if (!response.ok) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
}

describe("searchBalances", () => {
  it("finds a balance by its ID, named by its owner, with its balance formatted", async () => {
    expect(await searchBalances(` ${adaUsd} `, "")).toEqual([
      { id: adaUsd, label: `Ada Quill${run}`, detail: `USD · 12.34 USD · ${adaUsd}`, currency: "USD" },
    ]);
  });

  it("answers nothing for a balance ID that does not exist", async () => {
    expect(await searchBalances("bln_does_not_exist", "USD")).toEqual([]);
  });

  it("finds balances by their owner's name, in the form's currency when one is chosen", async () => {
    const all = await searchBalances(`quill${run}`, "");
    expect(all.map((option) => option.id).sort()).toEqual([adaEur, adaUsd].sort());
    expect(all.every((option) => option.label === `Ada Quill${run}`)).toBe(true);

    expect(await searchBalances(`Quill${run}`, "EUR")).toEqual([
      { id: adaEur, label: `Ada Quill${run}`, detail: `EUR · 0.05 EUR · ${adaEur}`, currency: "EUR" },
    ]);
    expect((await searchBalances(`Hopper${run}`, "USD")).map((option) => option.id)).toEqual([grace]);
    expect(await searchBalances(`Nobody${run}`, "")).toEqual([]);
  });

  it("offers internal balances by @indicator, in the chosen currency", async () => {
    const usd = await searchBalances(`@fees-${run}`, "USD");
    expect(usd).toHaveLength(1);
    expect(usd[0]).toMatchObject({
      // Offered as Blnk users write it: Core finds the balance by indicator and currency.
      id: `@fees-${run}`,
      label: `@fees-${run}`,
      badge: "internal",
      currency: "USD",
      detail: expect.stringMatching(/^USD · -12\.34 USD · bln_/),
    });
    // Without a currency, one option per indicator (it has a USD and a EUR balance).
    expect((await searchBalances(`@fees-${run}`, "")).map((option) => option.id)).toEqual([`@fees-${run}`]);
    // A part of the indicator finds it too.
    expect((await searchBalances(`@FEES-${run.slice(0, 4)}`, "EUR")).map((option) => option.label)).toContain(
      `@fees-${run}`,
    );
  });

  it("offers an exact @indicator nobody has yet as new, first", async () => {
    const fresh = `@payouts-${run}`;
    expect(await searchBalances(fresh, "GBP")).toEqual([
      {
        id: fresh,
        label: fresh,
        detail: "New: Blnk creates this balance on first use",
        badge: "new",
        currency: "GBP",
      },
    ]);
    // An existing one is not offered as new.
    const existing = await searchBalances(`@fees-${run}`, "USD");
    expect(existing.some((option) => option.badge === "new")).toBe(false);
    // In a currency it has no balance in yet, Core would create one: offered as new.
    expect((await searchBalances(`@fees-${run}`, "JPY"))[0]).toMatchObject({
      id: `@fees-${run}`,
      badge: "new",
    });
  });

  it("lists the newest balances in the currency for an empty search, at most eight", async () => {
    const options = await searchBalances("", "EUR");
    expect(options.length).toBeGreaterThan(0);
    expect(options.length).toBeLessThanOrEqual(8);
    expect(options.every((option) => option.currency === "EUR")).toBe(true);
  });
});
