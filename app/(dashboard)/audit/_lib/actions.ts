"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { verifyAuditChain } from "@/lib/audit/store";
import { logError } from "@/lib/logging/log";

export type ChainCheck =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenSeq: number; reason: string };

/** "Verify chain": every entry's hash recomputed, oldest first; the first broken entry named. */
export const verifyAuditChainAction = defineAction(
  "oversight",
  z.undefined(),
  async (): Promise<ActionResult<ChainCheck>> => {
    try {
      return { ok: true, data: await verifyAuditChain() };
    } catch (error) {
      logError("audit_verify_failed", error);
      return {
        ok: false,
        error: "The audit log could not be read. Try again; if it keeps failing, check the server logs.",
      };
    }
  },
);
