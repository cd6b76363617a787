import { balanceTransactionsPlan } from "@/app/api/export/_lib/tables";
import { exportRoute } from "@/lib/export/route";

// GET /api/export/balance-transactions?format=csv|jsonl&balance=bln_…: every transaction of one balance.
export const GET = exportRoute("viewer", balanceTransactionsPlan);
