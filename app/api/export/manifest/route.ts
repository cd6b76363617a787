import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import type { ActionResult } from "@/lib/actions/result";
import { type ExportOutcome, readExport } from "@/lib/export/store";

// GET /api/export/manifest?id=exp_…: the manifest of an export that completed (only to whoever made it), or
// why it did not complete. A failed or cancelled export has no manifest.

const NONE = "There is no export with that ID.";

export const GET = defineRoute(
  "viewer",
  z.object({ id: z.string().regex(/^exp_[0-9a-f]{24}$/, NONE) }),
  async ({ id }, actor): Promise<ActionResult<ExportOutcome>> => {
    const found = await readExport(id);
    if (!found || found.userId !== actor.id) return { ok: false, error: NONE };
    if (found.status === "done") return { ok: true, data: { status: "done", manifest: found.manifest } };
    return { ok: true, data: { status: "failed", rows: found.rows, message: found.message } };
  },
);
