import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireRecord } from "@/components/record/record-page";
import { loadTransaction, TRANSACTION_ID } from "../../_lib/queries";

// Above this group's loading.tsx, so an unknown ID is a real 404 (see requireRecord). An ID no transaction
// could have (a `/`, a NUL, 10,000 characters) is one without asking Blnk.
export default async function TransactionLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  if (!TRANSACTION_ID.test(id)) notFound();
  await requireRecord(() => loadTransaction(id));
  return children;
}
