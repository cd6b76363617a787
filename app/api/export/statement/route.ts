import { statementPlan } from "@/app/api/export/_lib/statement";
import { exportRoute } from "@/lib/export/route";

// GET /api/export/statement?format=csv|jsonl&balance=bln_…&from=YYYY-MM-DD&to=YYYY-MM-DD: a statement's rows.
export const GET = exportRoute("viewer", (params) => statementPlan(params));
