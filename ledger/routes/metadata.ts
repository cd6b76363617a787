import type { LedgerContext } from "../context";
import type { Router } from "../http";

export function registerMetadataRoutes(_router: Router, _ctx: LedgerContext) {}
