import { transactionsPlan } from "@/app/api/export/_lib/tables";
import { exportRoute } from "@/lib/export/route";

// GET /api/export/transactions?format=csv|jsonl&<the Transactions table's query>: every row it lists, as a file.
export const GET = exportRoute("viewer", transactionsPlan);
