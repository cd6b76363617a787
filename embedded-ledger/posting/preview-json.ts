// Core's dry-run answer (model/transaction_preview.go): a TransactionPreview per projected movement, keys in Go
// struct order, monetary values as decimal strings in minor units (so no digit is lost, whatever the size), and
// the classifier that gives a projected rejection the code a real post would have answered with
// (api/errors.go:195-252, api/transactions.go:112-125).
import type { AmountColumns } from "../models/balance-json";

/** A balance as a projection reads it: the stored amounts, or zeros for an @indicator not created yet. */
export type BalanceState = AmountColumns & {
  balance_id: string;
  currency: string;
  /** An @indicator a real post would create on demand (model/transaction_preview.go:82-85). */
  virtual: boolean;
};

export type Role = "source" | "destination";

/** One balance before and after (model.BalanceProjection, :77-100). */
export type Projection = { role: Role; before: BalanceState; after: BalanceState };

/** model.PreviewRejection (:68-72): `reason` is "" for an item that could not be projected at all. */
export type Rejection = { code: string; reason: string; message: string };

/** model.LegProjection (:103-108). */
export type Leg = { identifier: string; role: Role; preciseAmount: bigint; amount: number };

export type Preview = {
  wouldApply: boolean;
  rejection: Rejection | null;
  /** "commit" or "void" on the inflight routes; omitted otherwise. */
  operation: string;
  /** Omitted when empty, and always when the projection would not apply (Finalize, :161-165). */
  status: string;
  reference: string;
  currency: string;
  amount: number;
  /** null is Go's empty string: an item that could not be projected never set it. */
  preciseAmount: bigint | null;
  precision: number;
  /** null is Go's nil slice (JSON null); [] is an empty one. */
  balances: Projection[] | null;
  legs: Leg[];
  notes: string[];
};

export function emptyPreview(fields: Partial<Preview> = {}): Preview {
  return {
    wouldApply: true,
    rejection: null,
    operation: "",
    status: "",
    reference: "",
    currency: "",
    amount: 0,
    preciseAmount: 0n,
    precision: 0,
    balances: [],
    legs: [],
    notes: [],
    ...fields,
  };
}

/** availableBalance (transaction_dryrun.go:674-680): balance less what inflight debits already hold. */
export const available = (state: BalanceState) => state.balance - state.inflight_debit_balance;

function projectionJson({ role, before, after }: Projection): Record<string, unknown> {
  const out: Record<string, unknown> = { balance_id: before.balance_id, role, currency: before.currency };
  if (before.virtual) out.virtual = true;
  for (const [prefix, state] of [
    ["current", before],
    ["resulting", after],
  ] as const) {
    out[`${prefix}_balance`] = state.balance.toString();
    out[`${prefix}_available`] = available(state).toString();
    out[`${prefix}_credit_balance`] = state.credit_balance.toString();
    out[`${prefix}_debit_balance`] = state.debit_balance.toString();
    out[`${prefix}_inflight_debit_balance`] = state.inflight_debit_balance.toString();
    out[`${prefix}_inflight_credit_balance`] = state.inflight_credit_balance.toString();
  }
  return out;
}

/** The preview as Core's JSON (model/transaction_preview.go:29-61; omitempty fields left out when empty). */
export function previewJson(preview: Preview): Record<string, unknown> {
  const out: Record<string, unknown> = { dry_run: true, would_apply: preview.wouldApply };
  if (preview.rejection) out.rejection = { ...preview.rejection };
  if (preview.operation) out.operation = preview.operation;
  if (preview.status && preview.wouldApply) out.status = preview.status;
  if (preview.reference) out.reference = preview.reference;
  out.currency = preview.currency;
  out.amount = preview.amount;
  out.precise_amount = preview.preciseAmount === null ? "" : preview.preciseAmount.toString();
  out.precision = preview.precision;
  out.balances = preview.balances === null ? null : preview.balances.map(projectionJson);
  if (preview.legs.length > 0) {
    out.legs = preview.legs.map((leg) => ({
      identifier: leg.identifier,
      role: leg.role,
      precise_amount: leg.preciseAmount.toString(),
      amount: leg.amount,
    }));
  }
  if (preview.notes.length > 0) out.notes = [...preview.notes];
  return out;
}

// messagePatterns (api/errors.go:195-236), in order: every substring must match, the first entry wins; with each
// code's status (internal/apierror/codes.go:150-240).
const MESSAGE_PATTERNS: [string[], string, number][] = [
  [["transaction", "not found"], "TXN_NOT_FOUND", 404],
  [["not in inflight status"], "TXN_NOT_INFLIGHT", 400],
  [["Transaction already committed"], "TXN_ALREADY_COMMITTED", 409],
  [["has already been voided"], "TXN_ALREADY_VOIDED", 409],
  [["has already been refunded"], "GEN_CONFLICT", 409],
  [["has already been used"], "TXN_DUPLICATE_REFERENCE", 409],
  [["cannot commit more than"], "TXN_COMMIT_AMOUNT_EXCEEDED", 400],
  [["insufficient funds"], "TXN_INSUFFICIENT_FUNDS", 400],
  [["transaction amount must be positive"], "TXN_INVALID_AMOUNT", 400],
  [["transaction validation failed"], "TXN_VALIDATION_ERROR", 400],
  [["reference is required"], "TXN_VALIDATION_ERROR", 400],
  [["no balance data found for time"], "BAL_HISTORY_NOT_FOUND", 404],
  [["invalid timestamp format"], "BAL_INVALID_TIMESTAMP", 400],
  [["balance validation failed"], "BAL_VALIDATION_ERROR", 400],
  [["identity validation failed"], "BAL_VALIDATION_ERROR", 400],
  [["is not tokenizable"], "IDT_FIELD_NOT_TOKENIZABLE", 400],
  [["is already tokenized"], "IDT_FIELD_ALREADY_TOKENIZED", 409],
  [["is not tokenized"], "IDT_FIELD_NOT_TOKENIZED", 400],
  [["field", "not found"], "IDT_FIELD_NOT_FOUND", 400],
  [["rule name is required"], "RECON_RULE_INVALID", 400],
  [["matching criteria is required"], "RECON_RULE_INVALID", 400],
  [["field and operator are required"], "RECON_RULE_INVALID", 400],
  [["invalid operator"], "RECON_RULE_INVALID", 400],
  [["invalid field"], "RECON_RULE_INVALID", 400],
  [["drift for"], "RECON_RULE_INVALID", 400],
  [["entity not found"], "META_ENTITY_NOT_FOUND", 404],
  [["unsupported entity type"], "META_UNSUPPORTED_ENTITY", 400],
  [["invalid entity ID"], "META_INVALID_ENTITY_ID", 400],
  [["does not have fund lineage tracking enabled"], "GEN_BAD_REQUEST", 400],
  [["failed to acquire lock"], "GEN_RESOURCE_LOCKED", 423],
  [["no rows in result set"], "GEN_NOT_FOUND", 404],
  [["not found"], "GEN_NOT_FOUND", 404],
];

/** classifyMessage (api/errors.go:238-252): the catalog code and its status for an untyped error's text. */
export function classifyMessage(message: string): { code: string; status: number } | null {
  const match = MESSAGE_PATTERNS.find(([parts]) => parts.every((part) => message.includes(part)));
  return match ? { code: match[1], status: match[2] } : null;
}

/** categorizeRejectionReason (transaction_rejection.go:84-98; lock contention per hotpairs/router.go:165-179). */
export function rejectionReason(message: string): string {
  const lower = message.toLowerCase();
  if (lower.includes("insufficient funds")) return "insufficient_funds";
  if (lower.includes("overdraft limit")) return "overdraft_limit";
  if (
    ["already held", "failed to acquire lock", "failed to acquire batch lock"].some((s) => lower.includes(s))
  )
    return "lock_contention";
  return lower.includes("exceeded max") ? "max_retries" : "other";
}

/** previewRejection + resolvePreviewRejectionCode (transaction_dryrun.go:636-642, api/transactions.go:115-125). */
export function rejection(message: string): Rejection {
  const code = classifyMessage(message)?.code ?? "TXN_VALIDATION_ERROR";
  return { code, reason: rejectionReason(message), message };
}

/** Go's `fmt.Errorf("error occurred during processing: %v", errs)` over a []error: `[a b]`. */
export const processingError = (messages: string[]) =>
  `error occurred during processing: [${messages.join(" ")}]`;
