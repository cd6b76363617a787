import "server-only";
import { createOnce } from "@/lib/audit/create-once";
import type { Actor } from "@/lib/auth/actor";
import { listLedgers } from "@/lib/blnk";
import { createLedger } from "@/lib/blnk/ledgers";
import type { CreateLedgerField, CreateLedgerInput, CreateLedgerResult } from "./schema";

// The work behind "Create ledger": `POST /ledgers` once per form, audited, with the author and the form's
// request ID in its metadata (lib/audit/create-once.ts).

export const MESSAGES = {
  inDoubt:
    "Blnk did not confirm the ledger in time, so it may or may not exist. Checking with Blnk before anything is sent again…",
  unexpected:
    "Something went wrong while creating the ledger. Try again; if it keeps happening, check the server logs.",
} as const;

export function createLedgerFromInput(input: CreateLedgerInput, actor: Actor): Promise<CreateLedgerResult> {
  return createOnce<
    Awaited<ReturnType<typeof createLedger>>,
    { name: string },
    { ledgerId: string; name: string },
    CreateLedgerField
  >("ledger", input, actor, {
    request: { name: input.name },
    send: (request) => createLedger(request),
    list: (query) => listLedgers(query),
    created: (ledger) => ({ ledgerId: ledger.id, name: ledger.name }),
    messages: MESSAGES,
  });
}
