import "server-only";
import type { AuditActor } from "@/lib/audit/trail";
import { auditedWrite } from "@/lib/audit/write";
import { writeOnce } from "@/lib/audit/write-once";
import { refusalText, unfinishedWrite } from "@/lib/audit/write-support";
import type { Actor } from "@/lib/auth/actor";
import { getBalance, getIdentity, identityDisplayName, orNullIfMissing } from "@/lib/blnk";
import { updateBalanceIdentity } from "@/lib/blnk/balances";
import type { Attempt } from "@/lib/idempotency";
import type { AssignIdentityInput, AssignIdentityResult } from "./assign-identity-schema";

// "Assign identity" (product.md §12): `PUT /balances/:id/identity`, once per request ID, audited. Core checks
// only that both records exist (balance.go UpdateBalanceIdentity): it has no lineage rule of its own, so a
// balance that tracks fund lineage may change owner too, and its later credits are traced to the new owner's
// lineage balances (lineage_credit.go takes the destination's identity_id at each credit).

type Failure = Extract<AssignIdentityResult, { ok: false }>;
type Done = { identityName: string };

export const MESSAGES = {
  unknownIdentity: "No identity has this ID.",
  alreadyOwner: "This identity owns the balance already.",
  inDoubt:
    "Blnk did not confirm the new owner in time, so it may or may not have changed. Checking with Blnk before anything is sent again…",
  unexpected:
    "Something went wrong while assigning the identity. Try again; if it keeps happening, check the server logs.",
} as const;

const fail = (error: string | null, identityId?: string): Failure => ({
  ok: false,
  error,
  fieldErrors: identityId ? { identityId } : {},
});

export async function assignIdentityFromInput(
  input: AssignIdentityInput,
  actor: Actor,
): Promise<AssignIdentityResult> {
  try {
    return await writeOnce<Done, Failure, AssignIdentityResult>(
      "assign_balance_identity",
      input.requestId,
      actor,
      {
        // Two reads and the write, each within one timeout.
        timeouts: 3,
        lookup: async () => {
          const balance = await getBalance(input.balanceId);
          if (balance.identityId !== input.identityId) return null;
          return { identityName: identityDisplayName(await getIdentity(input.identityId)) };
        },
        attempt: (who) => attemptAssign(input, who),
        done: ({ identityName }, wasRetry) => ({
          ok: true,
          data: { balanceId: input.balanceId, identityId: input.identityId, identityName, wasRetry },
        }),
        inDoubt: { ok: false, error: MESSAGES.inDoubt, fieldErrors: {}, inDoubt: true },
      },
    );
  } catch (error) {
    return fail(refusalText(error, "assign_identity_failed", MESSAGES.unexpected));
  }
}

async function attemptAssign(input: AssignIdentityInput, who: AuditActor): Promise<Attempt<Done, Failure>> {
  const [balance, identity] = await Promise.all([
    getBalance(input.balanceId),
    orNullIfMissing(() => getIdentity(input.identityId)),
  ]);
  if (!identity) return { kind: "failed", failure: fail(null, MESSAGES.unknownIdentity) };
  const current = balance.identityId || null;
  if (current === input.identityId) return { kind: "failed", failure: fail(null, MESSAGES.alreadyOwner) };
  if (current !== input.replaces) {
    const who = current ? `another identity (${current})` : "no one";
    return {
      kind: "failed",
      failure: fail(
        `The balance's owner changed meanwhile: it is now ${who}. Check the owner and submit again.`,
      ),
    };
  }
  const identityName = identityDisplayName(identity);
  const write = await auditedWrite(
    who,
    {
      action: "balance.identity",
      recordType: "balance",
      recordId: balance.id,
      request: { identityId: input.identityId, previousIdentityId: current },
    },
    () => updateBalanceIdentity(balance.id, input.identityId),
    () => balance.id,
  );
  if (write.kind !== "done") return unfinishedWrite(write, MESSAGES, "assign_identity_refused");
  return { kind: "done", value: { identityName } };
}
