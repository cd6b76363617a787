import type { LedgerContext } from "../context";
import type { Router } from "../http";

export function registerTransactionsRoutes(_router: Router, _ctx: LedgerContext) {}
