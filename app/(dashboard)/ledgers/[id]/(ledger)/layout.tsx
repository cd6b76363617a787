import type { ReactNode } from "react";
import { requireRecord } from "@/components/record/record-page";
import { loadLedger } from "../_lib/queries";

// Above this group's loading.tsx, so an unknown ID is a real 404 (see requireRecord).
export default async function LedgerLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  await requireRecord(() => loadLedger(id));
  return children;
}
