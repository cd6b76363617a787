import type { LedgerContext } from "../context";
import type { Router } from "../http";

export function registerLedgersRoutes(_router: Router, _ctx: LedgerContext) {}
