import type { LedgerContext } from "../context";
import type { Router } from "../http";

export function registerIdentitiesRoutes(_router: Router, _ctx: LedgerContext) {}
