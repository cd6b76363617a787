import { createBalance, createIdentity, createLedger, transfer, uniqueCurrency } from "./ledger-api";

/** Real records for every page with an ID in its path: a ledger, an owner, and a balance with a transaction. */
export type RouteFixtures = {
  ledgerId: string;
  identityId: string;
  balanceId: string;
  transactionId: string;
};

export async function createRouteFixtures(label: string): Promise<RouteFixtures> {
  const ledgerId = await createLedger(`${label} ledger ${Date.now()}`);
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: label,
    last_name: "Fixture",
    email_address: "fixture@example.com",
  });
  const currency = uniqueCurrency("RTE");
  const balanceId = await createBalance({ ledgerId, currency, identityId });
  const other = await createBalance({ ledgerId, currency });
  const transactionId = await transfer({
    source: other,
    destination: balanceId,
    amount: 1234n,
    currency,
    allowOverdraft: true,
  });
  return { ledgerId, identityId, balanceId, transactionId };
}

/**
 * Every page of the dashboard (each dynamic route with a real ID), for checks that must hold on all of them.
 * Keep in step with app/: a new page belongs here.
 */
export function dashboardRoutes({ ledgerId, identityId, balanceId, transactionId }: RouteFixtures): string[] {
  return [
    "/balances",
    `/balances?balance=${balanceId}`,
    `/balances/${balanceId}`,
    `/balances/${balanceId}/transactions`,
    "/transactions",
    `/transactions?transaction=${transactionId}`,
    `/transactions/${transactionId}`,
    "/transactions/holds",
    "/identities",
    `/identities/${identityId}`,
    "/ledgers",
    `/ledgers/${ledgerId}`,
    `/embed/identities/${identityId}`,
    "/settings/users",
    "/settings/connection",
    "/audit",
  ];
}

/** Addresses that answer with a "not found" page: an unknown path, and unknown IDs of each kind. */
export const NOT_FOUND_ROUTES = [
  "/no-such-page",
  "/balances/bln_00000000-0000-0000-0000-000000000000",
  "/identities/idt_00000000-0000-0000-0000-000000000000",
  "/ledgers/ldg_00000000-0000-0000-0000-000000000000",
  "/transactions/txn_00000000-0000-0000-0000-000000000000",
];
