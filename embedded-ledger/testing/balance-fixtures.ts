// Test-only SQL fixtures for the balance contract tests. Ledgers, identities and transactions belong to other
// routes that are built in parallel, so the tests set them up with plain inserts on the schema's columns.
import { expect } from "vitest";
import { newId } from "../storage/context";
import type { Queryable } from "../storage/db";

export async function insertLedger(db: Queryable, name = "Fixture Ledger"): Promise<string> {
  const id = newId("ldg");
  await db.query("INSERT INTO ledgers (ledger_id, name) VALUES ($1, $2)", [id, name]);
  return id;
}

export type IdentityFixture = Partial<
  Record<"first_name" | "last_name" | "organization_name" | "category", string>
> & {
  dob?: string;
  created_at?: string;
};

export async function insertIdentity(db: Queryable, fields: IdentityFixture = {}): Promise<string> {
  const id = newId("idt");
  await db.query(
    `INSERT INTO identities (identity_id, identity_type, first_name, last_name, organization_name, category,
       email_address, dob, created_at, meta_data)
     VALUES ($1, 'individual', $2, $3, $4, $5, 'ada@example.com', $6::timestamptz,
       COALESCE($7::timestamptz, now()), '{"kyc":"done"}'::jsonb)`,
    [
      id,
      fields.first_name ?? "Ada",
      fields.last_name ?? "Lovelace",
      fields.organization_name ?? "",
      fields.category ?? "",
      fields.dob ?? null,
      fields.created_at ?? null,
    ],
  );
  return id;
}

export type BalanceFixture = {
  ledgerId: string;
  currency?: string;
  identityId?: string;
  indicator?: string;
  credit?: bigint;
  debit?: bigint;
  createdAt?: string;
  metaData?: string;
  trackFundLineage?: boolean;
};

/** A balance row with amounts set directly (the API can only create zero balances). */
export async function insertBalance(db: Queryable, fixture: BalanceFixture): Promise<string> {
  const id = newId("bln");
  const credit = fixture.credit ?? 0n;
  const debit = fixture.debit ?? 0n;
  await db.query(
    `INSERT INTO balances (balance_id, ledger_id, identity_id, indicator, currency, balance, credit_balance,
       debit_balance, created_at, meta_data, track_fund_lineage, version)
     VALUES ($1, $2, $3, $4, $5, $6::numeric, $7::numeric, $8::numeric, COALESCE($9::timestamptz, now()),
       $10::jsonb, $11, 3)`,
    [
      id,
      fixture.ledgerId,
      fixture.identityId ?? null,
      fixture.indicator ?? null,
      fixture.currency ?? "USD",
      (credit - debit).toString(),
      credit.toString(),
      debit.toString(),
      fixture.createdAt ?? null,
      fixture.metaData ?? null,
      fixture.trackFundLineage ?? false,
    ],
  );
  return id;
}

export type TransactionFixture = {
  source: string;
  destination: string;
  amount: bigint;
  status?: string;
  createdAt: string;
  effectiveDate?: string;
  parent?: string;
  id?: string;
};

export async function insertTransaction(db: Queryable, fixture: TransactionFixture): Promise<string> {
  const id = fixture.id ?? newId("txn");
  await db.query(
    `INSERT INTO transactions (transaction_id, parent_transaction, source, destination, reference, precise_amount,
       currency, status, created_at, effective_date)
     VALUES ($1, $2, $3, $4, $5, $6::numeric, 'USD', $7, $8::timestamptz, $9::timestamptz)`,
    [
      id,
      fixture.parent ?? "",
      fixture.source,
      fixture.destination,
      `ref_${id}`,
      fixture.amount.toString(),
      fixture.status ?? "APPLIED",
      fixture.createdAt,
      fixture.effectiveDate ?? null,
    ],
  );
  return id;
}

/** A response body with plain JS numbers: fine wherever every number is small. */
export const plain = (text: string): unknown => JSON.parse(text);

/** The body of a response that answered `status`, with plain JS numbers (see plain). */
export function plainWith<T = Record<string, unknown>>(
  response: { status: number; text: string },
  status: number,
): T {
  expect(response.status).toBe(status);
  return plain(response.text) as T;
}
