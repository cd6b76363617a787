"use server";

import { z } from "zod";
import { defineAction, fromBlnkResult } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import { balanceIdSchema } from "@/lib/balances/search-params";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { type ChartDatum, toChartData } from "./chart-data";
import { parsePeriod, presetPeriod } from "./period";
import { loadStatement } from "./statement";

export type BalanceActivity = { from: string; to: string; chart: ChartDatum[] };

/**
 * "Balance activity" in the summary panel: the running balance of the last 7 days, the statement's chart.
 * Asked for after the panel's text has shown, so the panel opens as fast as without it.
 */
export const fetchBalanceActivity = defineAction(
  "viewer",
  z.object({ id: balanceIdSchema, currency: z.string().trim().min(1).max(64) }),
  // The currency comes from the panel (it only names the amounts' precision), so no second read of the balance.
  async ({ id, currency }): Promise<ActionResult<BalanceActivity>> => {
    const now = new Date();
    const days = presetPeriod("Last 7 days", now);
    const period = parsePeriod(days.from, days.to, now);
    if (!period.ok) return { ok: false, error: period.message };
    // Page 0 keeps no rows: only the sums and the chart's points.
    const result = await loadStatement({ id, currency }, period.period, 0, { withHolds: false, now });
    if (!result.ok) {
      if ("error" in result) return fromBlnkResult(result);
      return { ok: false, error: "Too many movements in the last 7 days to draw them." };
    }
    const chart = toChartData(result.statement.points, currency, getPrecisionTable());
    return { ok: true, data: { from: days.from, to: days.to, chart } };
  },
  { invalid: () => ({ ok: false, error: "That is not a balance ID and currency." }) },
);
