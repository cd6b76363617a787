import type { ReactNode } from "react";
import { requireRecord } from "@/components/record/record-page";
import { loadIdentity } from "@/lib/identities/queries";

// Above this group's loading.tsx, so an unknown ID is a real 404 (see requireRecord).
export default async function IdentityLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  await requireRecord(() => loadIdentity(id));
  return children;
}
