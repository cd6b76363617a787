import "server-only";
import type { AuditActor } from "@/lib/audit/trail";
import { auditedWrite } from "@/lib/audit/write";
import { writeOnce } from "@/lib/audit/write-once";
import { refusalText, snapshotOnce, unfinishedWrite } from "@/lib/audit/write-support";
import type { Actor } from "@/lib/auth/actor";
import { getBlnkConfig, getTransaction, orFallback } from "@/lib/blnk";
import { type InflightUpdate, updateInflight } from "@/lib/blnk/transaction-writes";
import type { Attempt } from "@/lib/idempotency";
import { parseMajorUnits } from "@/lib/money/parse";
import { settlementKind } from "@/lib/transactions/hold-settlement";
import { loadHoldView, settlementRowsOf } from "./holds";
import type { SettledHold, SettleHoldInput, SettleHoldResult } from "./write-schemas";

// "Commit transaction" and "Void transaction" on one hold, exactly once per confirmation (its request ID).
// The hold is read first: an action its state does not allow is refused here, in plain words, and "Amount to
// commit" is parsed exactly with the currency's precision and checked against what is left. Core checks again.

type Failure = Extract<SettleHoldResult, { ok: false }>;
type Done = { transactionId: string; status: string };

/** What the hold looked like when the first request of this confirmation arrived (stored as JSON). */
type Before = {
  status: string;
  currency: string;
  standing: string | null;
  left: string;
  leftText: string;
  decimals: number;
  /** Its commits and voids then: a commit or void not among them came after. */
  settlementIds: string[];
};

export const MESSAGES = {
  notInflight: "Only an inflight transaction can be committed or voided.",
  committed: "This hold is committed in full: nothing is left to commit or void.",
  voided: "This hold was voided: nothing is left to commit or void.",
  expired: "This hold has expired: Blnk releases it, so it can no longer be committed or voided.",
  inDoubt:
    "Blnk did not confirm this in time, so it may or may not have happened. Checking with Blnk before anything is sent again…",
  unexpected:
    "Something went wrong while settling the hold. Try again; if it keeps happening, check the server logs.",
} as const;

const fail = (error: string): Failure => ({ ok: false, error, fieldErrors: {} });

async function readBefore(id: string): Promise<Before> {
  const { transaction } = await getTransaction(id);
  const view = await loadHoldView(transaction);
  return {
    status: transaction.status,
    currency: transaction.currency,
    standing: view?.standing ?? null,
    left: String(view?.leftMinor ?? 0n),
    leftText: view?.left.text ?? "",
    decimals: view?.decimals ?? 0,
    settlementIds: view?.history.map((entry) => entry.id) ?? [],
  };
}

/** Why this hold may not be settled now; null when it may. */
function standingProblem(before: Before): string | null {
  if (before.status !== "INFLIGHT" || before.standing === null) return MESSAGES.notInflight;
  if (before.standing === "open") return null;
  return MESSAGES[before.standing as "committed" | "voided" | "expired"] ?? MESSAGES.notInflight;
}

/** The update to send, or the field error of "Amount to commit". */
function updateFor(input: SettleHoldInput, before: Before): InflightUpdate | { amountError: string } {
  if (input.action === "void") return { status: "void" };
  if (input.amount.trim() === "") return { status: "commit" };
  const parsed = parseMajorUnits(input.amount, {
    decimals: before.decimals,
    currency: before.currency,
    max: BigInt(before.left),
    maxLabel: `the ${before.leftText} left on this hold`,
  });
  if (!parsed.ok) return { amountError: parsed.error };
  return { status: "commit", preciseAmount: parsed.minor };
}

export async function settleHoldFromInput(input: SettleHoldInput, actor: Actor): Promise<SettleHoldResult> {
  const operation = `${input.action}_transaction`;
  try {
    const { timeoutMs } = getBlnkConfig();
    const snapshot = await snapshotOnce(`${operation}:${input.requestId}:before`, timeoutMs, () =>
      readBefore(input.transactionId),
    );
    // A later request of the same confirmation checks the hold as it is now (the first one's check is old).
    const before = snapshot.replayed ? await readBefore(input.transactionId) : snapshot.value;
    return await writeOnce<Done, Failure, SettleHoldResult>(operation, input.requestId, actor, {
      timeouts: 1,
      lookup: () => findOwnSettlement(input, snapshot.value),
      attempt: (who) => attemptSettle(input, before, who),
      done: async (done, wasRetry) => {
        // Read back, so the page shows what is left as Core has it; not kept with the answer (a bigint).
        const hold = await orFallback(
          async () => loadHoldView((await getTransaction(input.transactionId)).transaction),
          null,
        );
        return { ok: true, data: { ...settled(input, done, wasRetry), hold } };
      },
      inDoubt: { ok: false, error: MESSAGES.inDoubt, fieldErrors: {}, inDoubt: true },
    });
  } catch (error) {
    return fail(refusalText(error, `${operation}_failed`, MESSAGES.unexpected));
  }
}

const settled = (input: SettleHoldInput, done: Done, wasRetry: boolean): Omit<SettledHold, "hold"> => ({
  holdId: input.transactionId,
  action: input.action,
  transactionId: done.transactionId,
  status: done.status,
  wasRetry,
});

async function attemptSettle(
  input: SettleHoldInput,
  before: Before,
  who: AuditActor,
): Promise<Attempt<Done, Failure>> {
  const problem = standingProblem(before);
  if (problem) return { kind: "failed", failure: fail(problem) };
  const update = updateFor(input, before);
  if ("amountError" in update) {
    return {
      kind: "failed",
      failure: { ok: false, error: null, fieldErrors: { amount: update.amountError } },
    };
  }
  const holdId = input.transactionId;
  const write = await auditedWrite(
    who,
    {
      action: `transaction.${input.action}`,
      recordType: "transaction",
      recordId: holdId,
      request: { transactionId: holdId, ...update },
    },
    () => updateInflight(holdId, update),
    (child) => child.id,
  );
  if (write.kind !== "done") return unfinishedWrite(write, MESSAGES, `${input.action}_refused`);
  // A Core that queued the action answers the hold itself, still INFLIGHT; its worker settles it.
  return {
    kind: "done",
    value: {
      transactionId: write.value.id,
      status: write.value.id === holdId ? "QUEUED" : write.value.status,
    },
  };
}

/**
 * The commit or void an earlier request of this confirmation made, if Blnk has it: a settlement of the right
 * kind that was not there when the confirmation was first sent, of the amount asked for (any amount for "all
 * that is left", since Core worked that out). Null: not there (yet).
 */
async function findOwnSettlement(input: SettleHoldInput, before: Before): Promise<Done | null> {
  const update = updateFor(input, before);
  const amount = "amountError" in update || update.status === "void" ? undefined : update.preciseAmount;
  const { transaction } = await getTransaction(input.transactionId);
  const known = new Set(before.settlementIds);
  const found = (await settlementRowsOf(transaction)).find(
    (row) =>
      !known.has(row.id) &&
      settlementKind(row.status) === input.action &&
      (amount === undefined || row.preciseAmount === amount),
  );
  return found ? { transactionId: found.id, status: found.status } : null;
}
