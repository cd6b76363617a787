import { ledgersPlan } from "@/app/api/export/_lib/tables";
import { exportRoute } from "@/lib/export/route";

// GET /api/export/ledgers?format=csv|jsonl&<the Ledgers table's query>: every row it lists, as a file.
export const GET = exportRoute("viewer", ledgersPlan);
