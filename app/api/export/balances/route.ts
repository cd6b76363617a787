import { balancesPlan } from "@/app/api/export/_lib/tables";
import { exportRoute } from "@/lib/export/route";

// GET /api/export/balances?format=csv|jsonl&<the Balances table's query>: every row it lists, as a file.
export const GET = exportRoute("viewer", balancesPlan);
