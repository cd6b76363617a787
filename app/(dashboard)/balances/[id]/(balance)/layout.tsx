import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requirePageRole } from "@/lib/auth/actor";
import { loadBalance } from "../_lib/queries";

/*
 * Why a layout in a route group: a page under a loading.tsx starts streaming (status 200) before it can call
 * notFound(). Checking here, above this group's loading.tsx, answers an unknown ID with a real 404, and the
 * group's parent ([id]) holds the not-found UI that catches it. The pages reuse the same cached call.
 */
export default async function BalanceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  // Checked here as well as in the pages: this layout reads Blnk before any page renders.
  await requirePageRole("viewer");
  const { id } = await params;
  const result = await loadBalance(id);
  if (!result.ok && result.error.kind === "not_found") notFound();
  return children;
}
