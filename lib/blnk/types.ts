// App-facing shapes: camelCase, amounts as exact bigint, Core's sentinels ("", zero times) turned into null.
// Reshaped from Core's snake_case wire format in schemas.ts; components never see the wire format.

/** The ledger Core seeds on install; internal `@` balances live in it. */
import { GENERAL_LEDGER_ID } from "./ids";

export { GENERAL_LEDGER_ID };

export function isGeneralLedger(ledgerOrId: string | Pick<Ledger, "id">): boolean {
  return (typeof ledgerOrId === "string" ? ledgerOrId : ledgerOrId.id) === GENERAL_LEDGER_ID;
}

export type Metadata = Record<string, unknown>;

export interface Ledger {
  id: string;
  name: string;
  createdAt: string;
  metadata: Metadata | null;
}

export interface Balance {
  id: string;
  ledgerId: string;
  identityId: string | null;
  /** e.g. "@World" for internal balances; null for ordinary ones. */
  indicator: string | null;
  currency: string;
  /** Minor units; a balance does not know its precision. */
  balance: bigint;
  creditBalance: bigint;
  debitBalance: bigint;
  inflightBalance: bigint;
  inflightCreditBalance: bigint;
  inflightDebitBalance: bigint;
  /** Only when requested with `withQueued`. */
  queuedCreditBalance?: bigint;
  queuedDebitBalance?: bigint;
  createdAt: string;
  inflightExpiresAt: string | null;
  metadata: Metadata | null;
  /** null = unknown: list endpoints do not select this column, fetch by id for the real value. */
  trackFundLineage: boolean | null;
  /** null = unknown (list endpoints) or not set. */
  allocationStrategy: string | null;
  /** Optimistic-lock counter. List rows always say 0 (not selected); create returns 0. */
  version: number;
  identity?: Identity;
  ledger?: Ledger;
}

export interface Identity {
  id: string;
  /** "individual" | "organization" by convention; Core stores free text. */
  type: string;
  organizationName: string;
  category: string;
  firstName: string;
  lastName: string;
  otherNames: string;
  gender: string;
  email: string;
  phone: string;
  nationality: string;
  street: string;
  country: string;
  state: string;
  postCode: string;
  city: string;
  dob: string | null;
  createdAt: string;
  metadata: Metadata | null;
  displayName: string;
}

export interface TransactionSplit {
  identifier: string;
  distribution: string;
  preciseDistribution: bigint | null;
  transactionId: string | null;
}

export interface Transaction {
  id: string;
  parentTransaction: string | null;
  reference: string;
  currency: string;
  /** Minor units, exact. */
  preciseAmount: bigint;
  /** Major units as Core's float; display `preciseAmount` with `precision` instead. */
  amount: number;
  precision: number;
  source: string | null;
  destination: string | null;
  sources?: TransactionSplit[];
  destinations?: TransactionSplit[];
  /** QUEUED, APPLIED, INFLIGHT, VOID, COMMIT, REJECTED, SCHEDULED, … */
  status: string;
  description: string;
  createdAt: string;
  effectiveDate: string | null;
  metadata: Metadata | null;
  inflight: boolean;
  allowOverdraft: boolean;
}

export interface Page<T> {
  items: T[];
  /**
   * null when the server gave no count: not requested, an old Core without filter endpoints, or a key whose
   * read scopes only allow the GET lists (which never count).
   */
  totalCount: number | null;
  /**
   * True when the page could not be sorted as asked: it came from a GET list (see `totalCount`), which is
   * always newest first. Callers must say so rather than show the rows as if sorted.
   */
  orderUnavailable?: true;
}

export interface HistoricalBalance {
  balance: Pick<Balance, "id" | "balance" | "creditBalance" | "debitBalance" | "currency">;
  timestamp: string;
  fromSource: boolean;
}

export interface ServerHealth {
  isUp: boolean;
  /** "UP", "DOWN", or whatever a future Core reports. */
  status: string;
  reason: string | null;
}

type IdentityNameFields = Pick<
  Identity,
  "id" | "type" | "organizationName" | "firstName" | "lastName" | "otherNames" | "email"
>;

/**
 * Organization name for organizations, "First Last" for individuals; then whichever names exist, then the
 * email, then the id, so a row is never blank.
 */
export function identityDisplayName(identity: IdentityNameFields): string {
  const organization = identity.organizationName.trim();
  const person = [identity.firstName, identity.lastName]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" ");
  // Core's nested identity (include=identity) has no type at all (identity_type ""): an organization's name
  // then wins over its contact person's, or organizations would show under a person's name.
  const type = identity.type.trim().toLowerCase();
  const isOrganization = type === "organization" || (type === "" && organization !== "");
  const preferred = isOrganization ? [organization, person] : [person, organization];
  return [...preferred, identity.otherNames.trim(), identity.email.trim(), identity.id].find(Boolean) ?? "";
}
