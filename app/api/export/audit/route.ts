import { auditPlan } from "@/app/api/export/_lib/audit";
import { exportRoute } from "@/lib/export/route";

// GET /api/export/audit?format=csv|jsonl&<the audit page's filters>: Admins and Auditors only.
export const GET = exportRoute("oversight", auditPlan);
