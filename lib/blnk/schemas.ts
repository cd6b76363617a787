import { z } from "zod";
import { isPlainObject, zAmount, zInt, zMetadata, zOptionalText, zOptionalTime, zText } from "./json";
import {
  type Balance,
  type HistoricalBalance,
  type Identity,
  identityDisplayName,
  type Ledger,
  type Page,
  type ServerHealth,
} from "./types";

// Wire schemas follow blnk-api.md §4 and are deliberately tolerant of what Core really sends: unknown fields
// are dropped (e.g. pre-0.15 `currency_multiplier`), "" and Go zero times mean "none", missing strings are "".

const ledgerWire = z.object({
  ledger_id: z.string(),
  // A nullable TEXT column in Core.
  name: zText,
  created_at: zText,
  // The nested ledger from ?include=ledger has no meta_data.
  meta_data: zMetadata,
});

export const ledgerSchema = ledgerWire.transform(
  (wire): Ledger => ({
    id: wire.ledger_id,
    name: wire.name,
    createdAt: wire.created_at,
    metadata: wire.meta_data,
  }),
);

const identityWire = z.object({
  identity_id: z.string(),
  // The nested identity from ?include=identity has identity_type "" and meta_data null (not selected).
  identity_type: zText,
  organization_name: zText,
  category: zText,
  first_name: zText,
  last_name: zText,
  other_names: zText,
  gender: zText,
  email_address: zText,
  phone_number: zText,
  nationality: zText,
  street: zText,
  country: zText,
  state: zText,
  post_code: zText,
  city: zText,
  dob: zOptionalTime,
  created_at: zText,
  meta_data: zMetadata,
});

export const identitySchema = identityWire.transform((wire): Identity => {
  const identity: Omit<Identity, "displayName"> = {
    id: wire.identity_id,
    type: wire.identity_type,
    organizationName: wire.organization_name,
    category: wire.category,
    firstName: wire.first_name,
    lastName: wire.last_name,
    otherNames: wire.other_names,
    gender: wire.gender,
    email: wire.email_address,
    phone: wire.phone_number,
    nationality: wire.nationality,
    street: wire.street,
    country: wire.country,
    state: wire.state,
    postCode: wire.post_code,
    city: wire.city,
    dob: wire.dob,
    createdAt: wire.created_at,
    metadata: wire.meta_data,
  };
  return { ...identity, displayName: identityDisplayName(identity) };
});

const balanceWire = z.object({
  balance_id: z.string(),
  ledger_id: z.string(),
  // Core COALESCEs a missing identity to "".
  identity_id: zOptionalText,
  // omitempty: absent for non-internal balances.
  indicator: zOptionalText,
  currency: z.string(),
  balance: zAmount,
  credit_balance: zAmount,
  debit_balance: zAmount,
  inflight_balance: zAmount,
  inflight_credit_balance: zAmount,
  inflight_debit_balance: zAmount,
  queued_credit_balance: zAmount.nullish(),
  queued_debit_balance: zAmount.nullish(),
  created_at: zText,
  inflight_expires_at: zOptionalTime,
  meta_data: zMetadata,
  track_fund_lineage: z.boolean().nullish(),
  allocation_strategy: zOptionalText,
  version: zInt.nullish(),
  identity: identitySchema.nullish(),
  ledger: ledgerSchema.nullish(),
});

function toBalance(wire: z.output<typeof balanceWire>): Balance {
  const balance: Balance = {
    id: wire.balance_id,
    ledgerId: wire.ledger_id,
    identityId: wire.identity_id,
    indicator: wire.indicator,
    currency: wire.currency,
    balance: wire.balance,
    creditBalance: wire.credit_balance,
    debitBalance: wire.debit_balance,
    inflightBalance: wire.inflight_balance,
    inflightCreditBalance: wire.inflight_credit_balance,
    inflightDebitBalance: wire.inflight_debit_balance,
    createdAt: wire.created_at,
    inflightExpiresAt: wire.inflight_expires_at,
    metadata: wire.meta_data,
    trackFundLineage: wire.track_fund_lineage ?? null,
    allocationStrategy: wire.allocation_strategy,
    version: wire.version ?? 0,
  };
  if (wire.queued_credit_balance != null) balance.queuedCreditBalance = wire.queued_credit_balance;
  if (wire.queued_debit_balance != null) balance.queuedDebitBalance = wire.queued_debit_balance;
  if (wire.identity) balance.identity = wire.identity;
  if (wire.ledger) balance.ledger = wire.ledger;
  return balance;
}

/** A balance from create / get by id / by indicator, where every column is real. */
export const balanceSchema = balanceWire.transform(toBalance);

/**
 * A row of GET /balances or POST /balances/filter. Those queries do not select `track_fund_lineage` or
 * `allocation_strategy`, so the `false`/absent they carry means "unknown", not "off".
 */
export const balanceListRowSchema = balanceWire.transform(
  (wire): Balance => ({ ...toBalance(wire), trackFundLineage: null, allocationStrategy: null }),
);

export const historicalBalanceSchema = z
  .object({
    balance: z.object({
      balance_id: z.string(),
      balance: zAmount,
      credit_balance: zAmount,
      debit_balance: zAmount,
      currency: zText,
    }),
    timestamp: zText,
    from_source: z.boolean().nullish(),
  })
  .transform(
    (wire): HistoricalBalance => ({
      balance: {
        id: wire.balance.balance_id,
        balance: wire.balance.balance,
        creditBalance: wire.balance.credit_balance,
        debitBalance: wire.balance.debit_balance,
        currency: wire.balance.currency,
      },
      timestamp: wire.timestamp,
      fromSource: wire.from_source ?? false,
    }),
  );

export const healthSchema = z.object({ status: z.string(), reason: zOptionalText }).transform(
  (wire): ServerHealth => ({
    isUp: wire.status.toUpperCase() === "UP",
    status: wire.status,
    reason: wire.reason,
  }),
);

/**
 * A list response: a bare array, `null` (Core's empty balance/identity lists), or `{data, total_count}` when
 * a count was requested. Core omits `total_count` when nothing matches, so a wrapped response without it
 * counts 0 — unless rows came back, when the count is genuinely unknown.
 */
export function pageSchema<T>(row: z.ZodType<T>): z.ZodType<Page<T>> {
  const rows = z.array(row).nullish();
  // An empty 2xx body is not an empty list: it more likely comes from something that is not Blnk.
  const bareRows = z.array(row).nullable();
  return z.unknown().transform((value, ctx): Page<T> => {
    const isWrapped = isPlainObject(value);
    const parsedRows = isWrapped ? rows.safeParse(value.data) : bareRows.safeParse(value);
    const total = isWrapped ? zInt.nullish().safeParse(value.total_count) : undefined;
    if (!parsedRows.success || (total && !total.success)) {
      const issues = [
        ...(parsedRows.error?.issues ?? []).map((issue) => ({ issue, prefix: isWrapped ? ["data"] : [] })),
        ...(total?.error?.issues ?? []).map((issue) => ({ issue, prefix: ["total_count"] })),
      ];
      for (const { issue, prefix } of issues) {
        ctx.addIssue({ code: "custom", message: issue.message, path: [...prefix, ...issue.path] });
      }
      return z.NEVER;
    }
    const items = parsedRows.data ?? [];
    if (!total) return { items, totalCount: null };
    return { items, totalCount: total.data ?? (items.length === 0 ? 0 : null) };
  });
}
