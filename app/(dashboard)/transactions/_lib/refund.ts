import "server-only";
import { AUDIT_UNAVAILABLE, type AuditActor } from "@/lib/audit/trail";
import { auditedWrite } from "@/lib/audit/write";
import { writeOnce } from "@/lib/audit/write-once";
import { refusalText, unfinishedWrite } from "@/lib/audit/write-support";
import { type Actor, actorMetadata } from "@/lib/auth/actor";
import { filterTransactions, getTransaction, MAX_PAGE_SIZE, type Transaction } from "@/lib/blnk";
import { updateMetadata } from "@/lib/blnk/metadata";
import { refundTransaction } from "@/lib/blnk/transaction-writes";
import type { Attempt } from "@/lib/idempotency";
import type { RefundInput, RefundResult } from "./write-schemas";

// "Refund transaction": Core's refund swaps source and destination and names the original as its parent
// (transaction_refunds.go prepareRefundTransaction), and refuses a second one (IsTransactionRefunded). That
// child running the other way is how a refund whose answer never came is found, on every Core version.
// The reason goes in the refund's metadata (`refund_reason`) and, on a Core that takes one (after 0.15.2), as
// its description; an older Core ignores both, so the metadata is then written with Core's metadata route.

type Failure = Extract<RefundResult, { ok: false }>;
type Done = { transactionId: string; status: string; warning: string | null };

export const REASON_KEY = "refund_reason";

export const MESSAGES = {
  notApplied: "Only an applied transaction can be refunded.",
  refunded: "This transaction has been refunded already.",
  isRefund: "This transaction is a refund; it cannot be refunded in turn.",
  inDoubt:
    "Blnk did not confirm the refund in time, so it may or may not have happened. Checking with Blnk before anything is sent again…",
  unexpected:
    "Something went wrong while refunding. Try again; if it keeps happening, check the server logs.",
} as const;

const fail = (error: string): Failure => ({ ok: false, error, fieldErrors: {} });

/**
 * The refund of `original`, if it has one: as Core's IsTransactionRefunded tells, a child running the other way
 * (its reference is `<id>_refund` only since Core 0.15.0, so the reference cannot say it on older ones).
 */
export async function findRefund(
  original: Pick<Transaction, "id" | "source" | "destination">,
): Promise<Transaction | null> {
  const children = await filterTransactions({
    filters: [{ field: "parent_transaction", operator: "eq", value: original.id }],
    sortBy: "created_at",
    sortOrder: "asc",
    limit: MAX_PAGE_SIZE,
    offset: 0,
    includeCount: false,
  });
  return (
    children.items.find(
      (row) => row.source === original.destination && row.destination === original.source,
    ) ?? null
  );
}

export async function refundFromInput(input: RefundInput, actor: Actor): Promise<RefundResult> {
  try {
    return await writeOnce<Done, Failure, RefundResult>("refund_transaction", input.requestId, actor, {
      // The checks, the refund and (on an older Core) its metadata, each within one timeout.
      timeouts: 3,
      lookup: async () => {
        const refund = await findRefund((await getTransaction(input.transactionId)).transaction);
        return refund ? { transactionId: refund.id, status: refund.status, warning: null } : null;
      },
      attempt: (who) => attemptRefund(input, actor, who),
      done: (refund, wasRetry) => ({
        ok: true,
        data: { originalId: input.transactionId, ...refund, wasRetry },
      }),
      inDoubt: { ok: false, error: MESSAGES.inDoubt, fieldErrors: {}, inDoubt: true },
    });
  } catch (error) {
    return fail(refusalText(error, "refund_transaction_failed", MESSAGES.unexpected));
  }
}

/**
 * Whether `transaction` is itself a refund: the reason Ledger Desk keeps on every refund, or (a refund made
 * elsewhere) a parent running the other way. Core refunds a refund as readily as anything else applied
 * (validateTransactionForRefund checks only the status and IsTransactionRefunded), which would put the
 * original movement through a second time, so Ledger Desk never offers it.
 */
export async function isRefund(
  transaction: Pick<Transaction, "parentTransaction" | "source" | "destination" | "metadata">,
): Promise<boolean> {
  if (transaction.metadata?.[REASON_KEY] !== undefined) return true;
  if (!transaction.parentTransaction) return false;
  const { transaction: parent } = await getTransaction(transaction.parentTransaction);
  return parent.source === transaction.destination && parent.destination === transaction.source;
}

async function attemptRefund(
  input: RefundInput,
  actor: Actor,
  who: AuditActor,
): Promise<Attempt<Done, Failure>> {
  // Core also refunds a VOID transaction (as a new hold); Ledger Desk offers refunds of applied money only.
  const { transaction } = await getTransaction(input.transactionId);
  if (await isRefund(transaction)) return { kind: "failed", failure: fail(MESSAGES.isRefund) };
  if (transaction.status !== "APPLIED") return { kind: "failed", failure: fail(MESSAGES.notApplied) };
  if (await findRefund(transaction)) return { kind: "failed", failure: fail(MESSAGES.refunded) };
  const metadata = { [REASON_KEY]: input.reason, ...actorMetadata(actor) };
  const request = { transactionId: transaction.id, description: input.reason, metadata };
  const write = await auditedWrite(
    who,
    { action: "transaction.refund", recordType: "transaction", recordId: transaction.id, request },
    () => refundTransaction(transaction.id, { description: input.reason, metadata }),
    (refund) => refund.id,
  );
  if (write.kind !== "done") return unfinishedWrite(write, MESSAGES, "refund_refused");
  const refund = write.value;
  const warning =
    refund.metadata?.[REASON_KEY] === input.reason ? null : await addReason(refund.id, metadata, who);
  return { kind: "done", value: { transactionId: refund.id, status: refund.status, warning } };
}

/**
 * A Core that ignored the refund's metadata (0.15.2 and older): the reason and its author written onto the
 * refund with `POST /:id/metadata`. The refund has happened either way, so a failure here is a warning.
 */
async function addReason(
  refundId: string,
  metadata: Record<string, string>,
  who: AuditActor,
): Promise<string | null> {
  const write = await auditedWrite(
    who,
    { action: "transaction.metadata", recordType: "transaction", recordId: refundId, request: { metadata } },
    () => updateMetadata(refundId, metadata),
    () => refundId,
  );
  if (write.kind === "done") return null;
  const why =
    write.kind === "not_sent"
      ? AUDIT_UNAVAILABLE
      : refusalText(write.error, "refund_reason_failed", MESSAGES.unexpected);
  return `Refunded, but the reason could not be stored on the refund. ${why}`;
}
