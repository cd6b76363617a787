import type { LedgerContext } from "../context";
import type { Router } from "../http";

export function registerBalancesRoutes(_router: Router, _ctx: LedgerContext) {}
