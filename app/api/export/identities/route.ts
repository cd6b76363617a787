import { identitiesPlan } from "@/app/api/export/_lib/tables";
import { exportRoute } from "@/lib/export/route";

// GET /api/export/identities?format=csv|jsonl&<the Identities table's query>: every row it lists, as a file.
export const GET = exportRoute("viewer", identitiesPlan);
